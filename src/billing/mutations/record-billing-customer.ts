import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

/** Records the organization's Stripe customer unless one is; answers the one the organization has. */
export async function recordBillingCustomer(db: RequestDb, orgId: string, customerId: string): Promise<string> {
  const [row] = await db((tx) =>
    tx.execute<{ id: string }>(sql`select public.record_billing_customer(${orgId}, ${customerId}) as id`),
  );
  return row!.id;
}
