import "server-only";
import type Stripe from "stripe";
import type { Workspace } from "@/src/workspace/require-workspace";
import { recordBillingCustomer } from "../mutations/record-billing-customer";
import { getBillingCustomer } from "../queries/get-billing-customer";

/**
 * The organization's Stripe customer, created on its first Checkout. The idempotency key makes two racing
 * first upgrades create one customer in Stripe, and the database keeps the first one recorded.
 */
export async function ensureStripeCustomer(stripe: Stripe, { db, organization, user }: Workspace): Promise<string> {
  const existing = await getBillingCustomer(db, organization.id);
  if (existing) return existing;
  const customer = await stripe.customers.create(
    { name: organization.name, email: user.email ?? undefined, metadata: { org_id: organization.id } },
    { idempotencyKey: `arco-customer-${organization.id}` },
  );
  return recordBillingCustomer(db, organization.id, customer.id);
}
