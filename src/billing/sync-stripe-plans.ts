import type Stripe from "stripe";

/** A self-serve plan as the plans table prices it (per month, in the currency's major unit). */
export interface SellablePlan {
  key: string;
  name: string;
  price: number;
  currency: string;
}

export type SyncResult = { key: string; lookupKey: string; price: string; action: "created" | "replaced" | "kept" };

/** The lookup key the app and the webhook know a plan's monthly price by. */
export const lookupKeyOf = (planKey: string) => `arco_${planKey}_monthly`;

/**
 * Makes Stripe sell what the plans table says: one product per plan (id `arco_<key>`) and one active monthly
 * price behind the plan's lookup key. Idempotent: an unchanged plan is left alone; a new amount becomes a new
 * price that takes over the lookup key (Stripe prices are immutable), and the old one is archived — existing
 * subscriptions keep their price until they change plan.
 */
export async function syncStripePlans(stripe: Stripe, plans: SellablePlan[]): Promise<SyncResult[]> {
  const results: SyncResult[] = [];
  for (const plan of plans) {
    const productId = `arco_${plan.key}`;
    const product = await stripe.products.retrieve(productId).catch((error: { code?: string }) => {
      if (error.code === "resource_missing") return null;
      throw error;
    });
    if (!product)
      await stripe.products.create({ id: productId, name: `Arco ${plan.name}`, metadata: { plan: plan.key } });
    else if (product.name !== `Arco ${plan.name}` || !product.active) {
      await stripe.products.update(productId, { name: `Arco ${plan.name}`, active: true });
    }

    const lookupKey = lookupKeyOf(plan.key);
    const amount = Math.round(plan.price * 100);
    const currency = plan.currency.toLowerCase();
    const { data } = await stripe.prices.list({ lookup_keys: [lookupKey], limit: 1 });
    const current = data[0];
    if (current && current.unit_amount === amount && current.currency === currency && current.active) {
      results.push({ key: plan.key, lookupKey, price: current.id, action: "kept" });
      continue;
    }
    const price = await stripe.prices.create({
      product: productId,
      currency,
      unit_amount: amount,
      recurring: { interval: "month" },
      lookup_key: lookupKey,
      transfer_lookup_key: true,
      metadata: { plan: plan.key },
    });
    if (current) await stripe.prices.update(current.id, { active: false });
    results.push({ key: plan.key, lookupKey, price: price.id, action: current ? "replaced" : "created" });
  }
  return results;
}
