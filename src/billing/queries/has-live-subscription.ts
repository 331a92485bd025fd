import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { subscriptions } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/** Statuses in which the organization still has (or is still being charged for) a plan. */
export const liveStatuses = ["active", "trialing", "past_due", "unpaid", "paused", "incomplete"] as const;

/** Whether a subscription is live, so a second Checkout would make a second subscription. */
export async function hasLiveSubscription(db: RequestDb, orgId: string): Promise<boolean> {
  const rows = await db((tx) =>
    tx
      .select({ id: subscriptions.id })
      .from(subscriptions)
      .where(and(eq(subscriptions.orgId, orgId), inArray(subscriptions.status, [...liveStatuses])))
      .limit(1),
  );
  return rows.length > 0;
}
