import "server-only";
import { eq } from "drizzle-orm";
import { billingCustomers } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/** The organization's Stripe customer id, if it has one (visible to owners, admins and staff). */
export async function getBillingCustomer(db: RequestDb, orgId: string): Promise<string | null> {
  const [row] = await db((tx) =>
    tx
      .select({ id: billingCustomers.stripeCustomerId })
      .from(billingCustomers)
      .where(eq(billingCustomers.orgId, orgId)),
  );
  return row?.id ?? null;
}
