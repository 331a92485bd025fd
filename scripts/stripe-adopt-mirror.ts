// The demo data mirrors Stripe objects that no Stripe issued (`cus_demo_…`, `sub_demo_…`). `npm run dev` has
// the local Stripe take them over after syncing the plans, so "Manage subscription" and plan changes work for
// the demo's paying clients as they would for one who came through Checkout.
import postgres from "postgres";
import type Stripe from "stripe";
import type { LocalStripe } from "../supabase/local/stripe/index.ts";

interface MirroredSubscription {
  id: string;
  customer: string;
  plan: string;
  planName: string;
  status: string;
  amount: number;
  currency: string;
  interval: "day" | "week" | "month" | "year";
  start: number;
  end: number;
  cancelAtPeriodEnd: boolean;
}

/**
 * The active recurring price that bills `subscription`'s plan at its amount, or a new one for it (a contract
 * price, as the agency makes for Enterprise: `metadata.plan`, no lookup key), through the official SDK.
 */
async function priceFor(stripe: Stripe, subscription: MirroredSubscription): Promise<string> {
  const amount = Math.round(subscription.amount * 100);
  const currency = subscription.currency.toLowerCase();
  for await (const price of stripe.prices.list({ active: true, limit: 100 })) {
    if (
      price.metadata.plan === subscription.plan &&
      price.unit_amount === amount &&
      price.currency === currency &&
      price.recurring?.interval === subscription.interval
    )
      return price.id;
  }
  const product = `arco_${subscription.plan}`;
  await stripe.products.retrieve(product).catch(async (error: { code?: string }) => {
    if (error.code !== "resource_missing") throw error;
    await stripe.products.create({
      id: product,
      name: `Arco ${subscription.planName}`,
      metadata: { plan: subscription.plan },
    });
  });
  const price = await stripe.prices.create({
    product,
    currency,
    unit_amount: amount,
    recurring: { interval: subscription.interval },
    metadata: { plan: subscription.plan },
  });
  return price.id;
}

/** Adopts every mirrored customer and live subscription the local Stripe does not hold; answers how many. */
export async function adoptMirroredBilling(
  databaseUrl: string,
  stripe: Stripe,
  local: Pick<LocalStripe, "adoptCustomer" | "adoptSubscription" | "holds">,
): Promise<{ customers: number; subscriptions: number }> {
  const sql = postgres(databaseUrl, { max: 1, prepare: false, onnotice: () => {} });
  try {
    const customers = await sql<Array<{ id: string; email: string | null; name: string; created: number }>>`
      select c.stripe_customer_id as id, c.email, o.name, extract(epoch from c.created_at)::int as created
      from public.billing_customers c join public.organizations o on o.id = c.org_id`;
    const subscriptions = await sql<MirroredSubscription[]>`
      select s.stripe_subscription_id as id, c.stripe_customer_id as customer, s.plan_key as plan,
        p.name as "planName", s.status, s.amount::float8 as amount, s.currency, s.interval,
        extract(epoch from s.current_period_start)::int as start, extract(epoch from s.current_period_end)::int as end,
        s.cancel_at_period_end as "cancelAtPeriodEnd"
      from public.subscriptions s
      join public.billing_customers c on c.org_id = s.org_id
      join public.plans p on p.key = s.plan_key
      where s.status not in ('canceled', 'incomplete_expired')`;
    const adopted = { customers: 0, subscriptions: 0 };
    for (const customer of customers) {
      if (local.holds("customer", customer.id)) continue;
      local.adoptCustomer(customer);
      adopted.customers += 1;
    }
    for (const subscription of subscriptions) {
      if (local.holds("subscription", subscription.id)) continue;
      local.adoptSubscription({ ...subscription, price: await priceFor(stripe, subscription) });
      adopted.subscriptions += 1;
    }
    return adopted;
  } finally {
    await sql.end();
  }
}
