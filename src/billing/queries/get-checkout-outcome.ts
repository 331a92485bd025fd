import "server-only";
import { and, eq } from "drizzle-orm";
import { subscriptions } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/** The subscription a Checkout created, once the webhook has stored it: its plan and status. */
export async function getCheckoutOutcome(
  db: RequestDb,
  orgId: string,
  stripeSubscriptionId: string,
): Promise<{ planKey: string; status: string } | null> {
  const [row] = await db((tx) =>
    tx
      .select({ planKey: subscriptions.planKey, status: subscriptions.status })
      .from(subscriptions)
      .where(and(eq(subscriptions.orgId, orgId), eq(subscriptions.stripeSubscriptionId, stripeSubscriptionId))),
  );
  return row ?? null;
}
