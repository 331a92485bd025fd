import "server-only";
import { AppError, type AppErrorCode, type TierLimitDetails } from "@/src/errors/app-error";

interface PostgresErrorFields {
  code: string;
  message: string;
  detail: string | undefined;
}

/**
 * Postgres errors reach the app wrapped (Drizzle's DrizzleQueryError keeps the driver's error as `cause`), so
 * this follows the cause chain to the first error carrying a five-character SQLSTATE.
 */
function findPostgresError(error: unknown): PostgresErrorFields | undefined {
  let current = error;
  for (let depth = 0; depth < 5 && typeof current === "object" && current !== null; depth++) {
    const { code, message, detail, cause } = current as Record<string, unknown>;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) && typeof message === "string") {
      return { code, message, detail: typeof detail === "string" ? detail : undefined };
    }
    current = cause;
  }
  return undefined;
}

/**
 * A tier-limit refusal: the message starts with `tier_limit_exceeded:<limit key>`, which some refusals follow
 * with words for the people who see Storage's answer (the storage quota says how many bytes are left).
 */
const tierLimitMessage = /^tier_limit_exceeded:([a-z][a-z0-9_]*)/;

/**
 * private.enforce_limit's detail: "usage <current> + <amount> > limit <max>". For row-counted limits (projects,
 * domains, seats) the trigger runs after the insert, so <current> already counts the refused row; capped at
 * the limit, it is the usage the user had before asking ("3 of 3 projects").
 */
function tierLimit(limit: string, detail: string | undefined): TierLimitDetails {
  const [, usage, value] = /^usage (\d+) \+ \d+ > limit (\d+)$/.exec(detail ?? "") ?? [];
  const max = value === undefined ? null : Number(value);
  const current = Number(usage ?? 0);
  return { limit, usage: max === null ? current : Math.min(current, max), value: max };
}

/**
 * Refusals the database names (the team's and the tickets' rules), each with a message of its own rather than the generic
 * `forbidden` or `conflict` their SQLSTATE would give.
 */
const refusalsByName: Record<string, AppErrorCode> = {
  already_member: "already_member",
  last_owner: "last_owner",
  invitation_for_another_email: "invitation_for_another_email",
  // The ticket conversation's client rules.
  ticket_closed: "ticket_closed",
  reopen_expired: "reopen_expired",
  attachment_unavailable: "attachment_unavailable",
  // Raised on memberships and invitations only: granting, changing or withdrawing the owner/admin roles.
  "protected_column:role": "owner_only",
  // "View as" (impersonation_sessions): whom staff may view the app as, and when.
  "impersonation_refused:self": "impersonation_target_staff",
  "impersonation_refused:staff": "impersonation_target_staff",
  "impersonation_refused:already_active": "impersonation_already_active",
  "impersonation_refused:not_member": "impersonation_not_member",
  "impersonation_refused:reason_too_short": "invalid_input",
  "impersonation_refused:write_reason_required": "invalid_input",
  "impersonation_refused:writable_needs_staff_admin": "forbidden",
  // The staff list: nobody changes their own row, and the agency keeps one admin.
  "staff_refused:self": "forbidden",
  "staff_refused:last_admin": "conflict",
  // "Measure now": the domain already has a run queued or running.
  performance_run_pending: "conflict",
  // Privacy: exports are the owners' (of an organization) and limited per person; the only owner of an
  // organization hands it over before deleting their account.
  owner_only_exports: "owner_only",
  rate_limited: "rate_limited",
  sole_owner: "last_owner",
};

/**
 * Maps the errors the database raises on purpose (tier limits, row-level security, read-only impersonation,
 * protected columns, unique keys, check constraints) to the app's `AppError`. Anything else is a bug: it
 * becomes `unexpected`, and the Postgres text, which can name tables and values, stays in `cause` on the
 * server.
 */
export function mapDatabaseError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const postgres = findPostgresError(error);
  const limit = postgres ? tierLimitMessage.exec(postgres.message)?.[1] : undefined;
  if (postgres && limit) {
    return new AppError("tier_limit_exceeded", { tierLimit: tierLimit(limit, postgres.detail), cause: error });
  }
  if (postgres?.message === "impersonation_read_only") {
    return new AppError("read_only_impersonation", { cause: error });
  }
  const named = postgres ? refusalsByName[postgres.message] : undefined;
  if (named) return new AppError(named, { cause: error });
  if (postgres?.code === "42501" || postgres?.message.includes("row-level security")) {
    return new AppError("forbidden", { cause: error });
  }
  // A unique key taken, or a row still in use (a subscription that bills, an object still stored).
  if (postgres?.code === "23505" || postgres?.code === "55006") return new AppError("conflict", { cause: error });
  // The file store: a folder moved inside itself or below itself; a file recorded before its upload arrived.
  // A per-plan rate the database counts (on-demand AI insights per day).
  if (postgres?.message.startsWith("rate_limited:")) return new AppError("rate_limited", { cause: error });
  if (postgres?.message.startsWith("folder_cycle:")) return new AppError("folder_cycle", { cause: error });
  if (postgres?.message.startsWith("storage_object_missing:")) return new AppError("not_found", { cause: error });
  // A check the data failed (a value out of range): the request was wrong, not us.
  if (postgres?.code === "23514") return new AppError("invalid_input", { cause: error });
  return new AppError("unexpected", { cause: error });
}
