import Stripe from "stripe";
import { stripeOptions } from "@/src/billing/stripe-options";
import { syncStripePlans } from "@/src/billing/sync-stripe-plans";
import type { TestStack } from "./stack.ts";

/** The official SDK pointed at a test stack's local Stripe, as the app and the function are. */
export function stripeFor(stack: TestStack): Stripe {
  return new Stripe(stack.stripe.env.STRIPE_SECRET_KEY!, stripeOptions(stack.stripe.env.STRIPE_API_URL));
}

/** The Basic and Pro prices, as `npm run stripe:sync-plans` creates them; answers their ids by plan. */
export async function syncPlans(stripe: Stripe): Promise<Record<"basic" | "pro", string>> {
  const results = await syncStripePlans(stripe, [
    { key: "basic", name: "Basic", price: 297, currency: "BRL" },
    { key: "pro", name: "Pro", price: 897, currency: "BRL" },
  ]);
  return Object.fromEntries(results.map((r) => [r.key, r.price])) as Record<"basic" | "pro", string>;
}

/** Polls until `read` answers what `done` accepts; answers the time it took, or throws after `timeoutMs`. */
export async function waitFor<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 5_000) {
  const started = performance.now();
  let last: T | undefined;
  while (performance.now() - started < timeoutMs) {
    last = await read();
    if (done(last)) return { value: last, ms: performance.now() - started };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`waited ${timeoutMs} ms; last value: ${JSON.stringify(last)}`);
}

/** The organization's tier as the database enforces it. */
export async function tierOf(stack: TestStack, orgId: string): Promise<string> {
  const [row] = await stack.sql<{ tier: string }[]>`select tier from public.organizations where id = ${orgId}`;
  return row!.tier;
}

/** Warms the stripe-webhook function's Deno worker, so the first timed delivery does not pay its boot. */
export async function warmWebhook(stack: TestStack): Promise<void> {
  const response = await fetch(`${stack.apiUrl}/functions/v1/stripe-webhook`);
  await response.body?.cancel();
  if (response.status !== 405) throw new Error(`stripe-webhook answered ${response.status} to its warm-up`);
}
