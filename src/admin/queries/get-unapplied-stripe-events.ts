import "server-only";
import { desc, isNotNull, like, or } from "drizzle-orm";
import { stripeEvents } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface UnappliedStripeEvent {
  id: string;
  type: string;
  receivedAt: Date;
  /** Why it was not applied: the webhook's error, or the reason it was ignored. */
  reason: string;
}

/**
 * Stripe events the webhook did not apply — it failed (Stripe retries, and the ledger keeps the error) or it
 * ignored them (an organization it did not know yet) — newest first, for staff to replay. Read under RLS: only
 * staff read the ledger.
 */
export async function getUnappliedStripeEvents(db: RequestDb, limit = 20): Promise<UnappliedStripeEvent[]> {
  const rows = await db((tx) =>
    tx
      .select({
        id: stripeEvents.id,
        type: stripeEvents.type,
        receivedAt: stripeEvents.receivedAt,
        error: stripeEvents.error,
        outcome: stripeEvents.outcome,
      })
      .from(stripeEvents)
      .where(or(isNotNull(stripeEvents.error), like(stripeEvents.outcome, "ignored%")))
      .orderBy(desc(stripeEvents.receivedAt))
      .limit(limit),
  );
  return rows.map((row) => ({
    id: row.id,
    type: row.type,
    receivedAt: row.receivedAt,
    reason: row.error ?? row.outcome ?? "",
  }));
}
