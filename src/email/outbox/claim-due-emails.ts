import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import type { Locale } from "@/src/i18n/locales";
import type { OutboxEmail } from "./outbox-email";

/**
 * How long a claimed email stays invisible to other senders. A sender that dies mid-batch leaves its rows
 * queued, and they come back after the lease; the provider's idempotency key absorbs a repeated send.
 */
const LEASE_MS = 15 * 60_000;

/**
 * Claims up to `limit` queued emails due at `now`, race-safely: `for update skip locked` lets concurrent
 * senders each take different rows, and the claim (attempt counted, `send_after` pushed past the lease) is
 * committed before anything is sent, so no transaction stays open across a provider call.
 */
export async function claimDueEmails({ now, limit }: { now: Date; limit: number }): Promise<OutboxEmail[]> {
  const leaseUntil = new Date(now.getTime() + LEASE_MS);
  const rows = await serviceDb().execute<{
    id: string;
    to_email: string;
    template: string;
    locale: Locale;
    payload: Record<string, unknown>;
    idempotency_key: string;
    attempts: number;
  }>(sql`
    with due as (
      select id from public.email_outbox
      where status = 'queued' and send_after <= ${now.toISOString()}::timestamptz
      order by send_after, id
      limit ${limit}
      for update skip locked
    )
    update public.email_outbox o
    set attempts = o.attempts + 1, send_after = ${leaseUntil.toISOString()}::timestamptz
    from due
    where o.id = due.id
    returning o.id, o.to_email, o.template, o.locale, o.payload, o.idempotency_key, o.attempts`);
  return rows.map((row) => ({
    id: row.id,
    toEmail: row.to_email,
    template: row.template,
    locale: row.locale,
    payload: row.payload,
    idempotencyKey: row.idempotency_key,
    attempts: row.attempts,
  }));
}
