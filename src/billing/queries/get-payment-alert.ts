import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { subscriptions } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Whether a payment is overdue (Stripe is retrying a failed charge): the workspace shows its banner. Only
 * owners and admins can read subscriptions, so members see nothing — they cannot update the payment method.
 */
export async function getPaymentAlert(db: RequestDb, orgId: string): Promise<"past_due" | null> {
  const rows = await db((tx) =>
    tx
      .select({ id: subscriptions.id })
      .from(subscriptions)
      .where(and(eq(subscriptions.orgId, orgId), inArray(subscriptions.status, ["past_due", "unpaid"])))
      .limit(1),
  );
  return rows.length > 0 ? "past_due" : null;
}
