import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import type { OutboxEmail } from "./outbox-email";

export type OutboxOutcome =
  | { status: "sent"; providerId: string }
  | { status: "cancelled"; reason: string }
  | { status: "failed"; error: string; retryable: boolean };

/** After this many attempts a retryable failure is final too. */
const MAX_ATTEMPTS = 8;
const FIRST_RETRY_MS = 60_000;
const MAX_RETRY_MS = 6 * 60 * 60_000;

/**
 * Records how sending a claimed email ended. A retryable failure puts it back in the queue with exponential
 * backoff (1 min, 2 min, 4 min … capped at 6 h); the rest are final. Returns what became of the row, or
 * `stale` when another sender settled it first (its lease had run out).
 */
export async function settleOutboxEmail(
  email: Pick<OutboxEmail, "id" | "attempts">,
  outcome: OutboxOutcome,
  now: Date,
): Promise<"sent" | "cancelled" | "retrying" | "failed" | "stale"> {
  let update;
  let result: "sent" | "cancelled" | "retrying" | "failed";
  if (outcome.status === "sent") {
    result = "sent";
    update = sql`status = 'sent', sent_at = now(), provider_id = ${outcome.providerId}, last_error = null`;
  } else if (outcome.status === "cancelled") {
    result = "cancelled";
    update = sql`status = 'cancelled', last_error = ${outcome.reason}`;
  } else if (outcome.retryable && email.attempts < MAX_ATTEMPTS) {
    result = "retrying";
    const delay = Math.min(FIRST_RETRY_MS * 2 ** (email.attempts - 1), MAX_RETRY_MS);
    const retryAt = new Date(now.getTime() + delay).toISOString();
    update = sql`send_after = ${retryAt}::timestamptz, last_error = ${outcome.error.slice(0, 2000)}`;
  } else {
    result = "failed";
    update = sql`status = 'failed', last_error = ${outcome.error.slice(0, 2000)}`;
  }
  const rows = await serviceDb().execute(sql`
    update public.email_outbox set ${update}
    where id = ${email.id}::uuid and status = 'queued'
    returning id`);
  return rows.length > 0 ? result : "stale";
}
