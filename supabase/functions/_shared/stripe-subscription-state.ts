// Shared by the stripe-webhook function and the app's nightly reconciliation, so both read a subscription the
// same way: which organization, which plan, which state.

// Structural types (what this reads of Stripe's objects) rather than the SDK's: the function (Deno) and the app
// (Node) each resolve their own copy of the SDK, and both copies' objects fit these.
export interface StripePriceLike {
  id: string;
  lookup_key: string | null;
  metadata?: Record<string, string> | null;
  unit_amount: number | null;
  currency: string;
  recurring: { interval: string } | null;
}

export interface StripeSubscriptionLike {
  id: string;
  customer: string | { id: string };
  /** Stripe may add statuses; the database's check constraint refuses one it does not know. */
  status: string;
  metadata?: Record<string, string> | null;
  cancel_at_period_end: boolean;
  canceled_at: number | null;
  items: { data: Array<{ current_period_start: number; current_period_end: number; price: StripePriceLike }> };
}

export interface StripeEventLike {
  type: string;
  data: { object: unknown };
}

/** What public.apply_stripe_subscription takes: the subscription as Stripe holds it now. */
export interface SubscriptionState {
  orgId: string | null;
  customerId: string;
  subscriptionId: string;
  planKey: string | null;
  status: string;
  currentPeriodStart: Date;
  currentPeriodEnd: Date;
  cancelAtPeriodEnd: boolean;
  canceledAt: Date | null;
  /** In the currency's major unit (R$ 897, not 89700 centavos), as the plans table states prices. */
  amount: number;
  currency: string;
  interval: string;
}

/** The self-serve plans' prices, by lookup key (`npm run stripe:sync-plans` creates them). */
const planByLookupKey: Record<string, string> = {
  arco_basic_monthly: "basic",
  arco_pro_monthly: "pro",
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A price's plan: its lookup key for the self-serve plans, or `metadata.plan` for prices the agency creates per
 * contract (Enterprise). Null: a price Arco does not sell.
 */
export function planOfPrice(price: StripePriceLike): string | null {
  if (price.lookup_key && planByLookupKey[price.lookup_key]) return planByLookupKey[price.lookup_key]!;
  const plan = price.metadata?.plan;
  return plan && /^[a-z][a-z0-9_]*$/.test(plan) ? plan : null;
}

const idOf = (value: string | { id: string } | null) => (typeof value === "string" ? value : (value?.id ?? null));
const toDate = (seconds: number) => new Date(seconds * 1000);

/** The state to store from a subscription just re-read from Stripe (one item: Arco sells one plan at a time). */
export function subscriptionState(subscription: StripeSubscriptionLike): SubscriptionState {
  const item = subscription.items.data[0];
  if (!item) throw new Error(`subscription ${subscription.id} has no items`);
  const orgId = subscription.metadata?.org_id;
  return {
    orgId: orgId && UUID.test(orgId) ? orgId : null,
    customerId: idOf(subscription.customer)!,
    subscriptionId: subscription.id,
    planKey: planOfPrice(item.price),
    status: subscription.status,
    currentPeriodStart: toDate(item.current_period_start),
    currentPeriodEnd: toDate(item.current_period_end),
    cancelAtPeriodEnd: subscription.cancel_at_period_end,
    canceledAt: subscription.canceled_at ? toDate(subscription.canceled_at) : null,
    amount: (item.price.unit_amount ?? 0) / 100,
    currency: item.price.currency,
    interval: item.price.recurring?.interval ?? "month",
  };
}

/** The subscription an event is about, if any: the one whose current state the handler re-reads. */
export function subscriptionOfEvent(event: StripeEventLike): string | null {
  const object = event.data.object as unknown as Record<string, unknown>;
  switch (event.type) {
    case "checkout.session.completed":
      return (object.mode === "subscription" && idOf(object.subscription as string | null)) || null;
    case "customer.subscription.created":
    case "customer.subscription.updated":
    case "customer.subscription.deleted":
    case "customer.subscription.paused":
    case "customer.subscription.resumed":
      return object.id as string;
    case "invoice.paid":
    case "invoice.payment_failed":
    case "invoice.payment_action_required": {
      const parent = object.parent as { subscription_details?: { subscription?: string | { id: string } } } | null;
      return idOf(parent?.subscription_details?.subscription ?? null);
    }
    default:
      return null;
  }
}

export const handledEventTypes = [
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "customer.subscription.paused",
  "customer.subscription.resumed",
  "invoice.paid",
  "invoice.payment_failed",
  "invoice.payment_action_required",
  "customer.updated",
] as const;
