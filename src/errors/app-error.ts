/**
 * The one error vocabulary of Arco: actions, route handlers and pages report expected failures as an `AppError`
 * with one of these codes, answered as `{ error: { code, message } }` with the message in the user's language
 * (`t.errors[code]`). Anything else thrown is a bug: logged, and answered as `unexpected`. Shared with the
 * browser (forms read the codes), so it imports nothing server-only.
 */
export const appErrorCodes = [
  "invalid_input",
  "not_found",
  "forbidden",
  "conflict",
  "tier_limit_exceeded",
  "read_only_impersonation",
  "rate_limited",
  "unexpected",
  // Sign-in and account flows (Supabase Auth's refusals, in words a user understands).
  "invalid_credentials",
  "email_not_confirmed",
  "code_invalid",
  "weak_password",
  "same_password",
  "email_taken",
  "sso_not_configured",
  "provider_disabled",
  "session_expired",
  "link_invalid",
  "auth_unavailable",
  "captcha_failed",
  // Support tickets: a finished conversation takes no reply, and reopening has a time limit.
  "ticket_closed",
  "reopen_expired",
  // Team and invitations: the rules of who joins, manages and owns an organization.
  "already_member",
  "already_invited",
  "owner_only",
  "last_owner",
  "invitation_invalid",
  "invitation_for_another_email",
  // The file store: a folder cannot go inside itself.
  "folder_cycle",
  // Ticket attachments: an upload that is gone, or not the author's to attach.
  "attachment_unavailable",
  // The public API: a key that is missing, malformed, unknown, revoked or expired (never saying which).
  "invalid_api_key",
  // "View as": the database's refusals, each in words staff understand.
  "impersonation_target_staff",
  "impersonation_already_active",
  "impersonation_not_member",
  // Billing: Stripe keys are not set, so plans change through the agency.
  "billing_not_configured",
  // AI: an organization's own OpenAI key that OpenAI refused, or OpenAI not answering.
  "openai_key_invalid",
  "openai_unavailable",
] as const;

export type AppErrorCode = (typeof appErrorCodes)[number];

/** What a plan limit refusal says, so the UI can show "3 of 3 projects" and the upgrade. */
export interface TierLimitDetails {
  /** The limit key: projects, domains, team_members, tickets_per_month, storage_bytes. */
  limit: string;
  /** The effective limit (plan or override); null is unlimited. */
  value: number | null;
  /** Usage before the refused request. */
  usage: number;
}

export const appErrorStatus: Record<AppErrorCode, number> = {
  invalid_input: 400,
  not_found: 404,
  forbidden: 403,
  conflict: 409,
  tier_limit_exceeded: 403,
  read_only_impersonation: 403,
  rate_limited: 429,
  unexpected: 500,
  invalid_credentials: 400,
  email_not_confirmed: 400,
  code_invalid: 400,
  weak_password: 400,
  same_password: 400,
  email_taken: 409,
  sso_not_configured: 404,
  provider_disabled: 403,
  session_expired: 401,
  link_invalid: 400,
  auth_unavailable: 503,
  captcha_failed: 400,
  ticket_closed: 409,
  reopen_expired: 409,
  already_member: 409,
  already_invited: 409,
  owner_only: 403,
  last_owner: 409,
  invitation_invalid: 410,
  invitation_for_another_email: 403,
  folder_cycle: 400,
  attachment_unavailable: 409,
  invalid_api_key: 401,
  impersonation_target_staff: 403,
  impersonation_already_active: 409,
  impersonation_not_member: 400,
  billing_not_configured: 503,
  openai_key_invalid: 400,
  openai_unavailable: 503,
};

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly tierLimit: TierLimitDetails | undefined;

  constructor(code: AppErrorCode, options: { detail?: string; tierLimit?: TierLimitDetails; cause?: unknown } = {}) {
    super(options.detail ?? code, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.tierLimit = options.tierLimit;
  }

  get status(): number {
    return appErrorStatus[this.code];
  }
}

export function isAppErrorCode(value: unknown): value is AppErrorCode {
  return typeof value === "string" && (appErrorCodes as readonly string[]).includes(value);
}
