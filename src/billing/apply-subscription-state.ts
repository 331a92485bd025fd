import "server-only";
import { eq, sql } from "drizzle-orm";
import type Stripe from "stripe";
import { billingCustomers } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { subscriptionState } from "@/supabase/functions/_shared/stripe-subscription-state";

/**
 * Writes a subscription as just read from Stripe through the same privileged function the webhook uses, behind
 * `stateAt` (the time of the read, or of the event being replayed). Jobs and replays only: service role.
 * Answers like the webhook's ledger: 'applied', 'stale' or 'ignored: <reason>'.
 */
export async function applySubscriptionState(subscription: Stripe.Subscription, stateAt: Date): Promise<string> {
  const state = subscriptionState(subscription);
  const db = serviceDb();
  let orgId = state.orgId;
  if (!orgId) {
    const [customer] = await db
      .select({ orgId: billingCustomers.orgId })
      .from(billingCustomers)
      .where(eq(billingCustomers.stripeCustomerId, state.customerId));
    orgId = customer?.orgId ?? null;
  }
  if (!orgId) return "ignored: unknown organization";
  if (!state.planKey) return `ignored: price ${subscription.items.data[0]?.price.id} is not an Arco plan`;
  const [row] = await db.execute<{ outcome: string }>(sql`
    select public.apply_stripe_subscription(${orgId}, ${state.customerId}, ${state.subscriptionId},
      ${state.planKey}, ${state.status}, ${state.currentPeriodStart.toISOString()}, ${state.currentPeriodEnd.toISOString()},
      ${state.cancelAtPeriodEnd}, ${state.canceledAt?.toISOString() ?? null}, ${state.amount}, ${state.currency},
      ${state.interval}, ${stateAt.toISOString()}) as outcome`);
  return row!.outcome === "unknown_organization" ? "ignored: unknown organization" : row!.outcome;
}
