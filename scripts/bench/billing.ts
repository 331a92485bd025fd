// `npm run bench:billing`: the stripe-webhook function under real Deno against the local stack's Postgres and
// the local Stripe, fed with real events the local Stripe produced (its own delivery is off; the bench signs and
// delivers them, as Stripe would):
//   1. warm latency: 200 events one at a time; p50/p95 of the whole request, of the function without the
//      Stripe re-read (Server-Timing `app`), and of the re-read alone (`stripe`);
//   2. throughput: 1,000 events with 20 in flight, then all 1,000 again (Stripe's duplicates); every event must
//      be in the ledger once, processed without error, and every subscription must end as Stripe holds it.
import postgres from "postgres";
import Stripe from "stripe";
import { stripeOptions } from "../../src/billing/stripe-options.ts";
import { syncStripePlans } from "../../src/billing/sync-stripe-plans.ts";
import { startStack } from "../../supabase/local/stack.ts";

const HANDLED = new Set([
  "checkout.session.completed",
  "customer.subscription.created",
  "customer.subscription.updated",
  "customer.subscription.deleted",
  "invoice.paid",
  "invoice.payment_failed",
]);

const started = performance.now();
const stack = await startStack({ apiPort: 0, dbPort: 0, seed: false, stripe: { webhookUrl: null } });
const sql = postgres(stack.dbUrl, { max: 2, prepare: false, onnotice: () => {} });
const stripe = new Stripe(stack.stripe.env.STRIPE_SECRET_KEY!, stripeOptions(stack.stripe.env.STRIPE_API_URL));
const secret = stack.stripe.env.STRIPE_WEBHOOK_SECRET!;
const endpoint = `${stack.apiUrl}/functions/v1/stripe-webhook`;
console.log(`stack ready in ${((performance.now() - started) / 1000).toFixed(1)} s`);

const prices = Object.fromEntries(
  (
    await syncStripePlans(stripe, [
      { key: "basic", name: "Basic", price: 297, currency: "BRL" },
      { key: "pro", name: "Pro", price: 897, currency: "BRL" },
    ])
  ).map((r) => [r.key, r.price]),
) as Record<"basic" | "pro", string>;

/** `count` organizations, each with a subscription that then changes `updates` times: 2 + updates events each. */
async function makeEvents(prefix: string, count: number, updates: number) {
  const subscriptionIds = new Set<string>();
  for (let i = 0; i < count; i++) {
    const [org] = await sql<{ id: string }[]>`
      insert into public.organizations (name, slug, tier) values (${`${prefix} ${i}`}, ${`${prefix}-${i}`}, 'free')
      returning id`;
    const customer = await stripe.customers.create({
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: prices.basic }],
      metadata: { org_id: org!.id },
    });
    subscriptionIds.add(subscription.id);
    for (let u = 0; u < updates; u++) {
      await (u % 2 === 0
        ? stripe.subscriptions.update(subscription.id, { cancel_at_period_end: u % 4 === 0 })
        : stripe.subscriptions.update(subscription.id, {
            items: [{ id: subscription.items.data[0]!.id, price: u % 4 === 1 ? prices.pro : prices.basic }],
          }));
    }
  }
  const events: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) {
    const object = event.data.object as { id?: string; parent?: { subscription_details?: { subscription?: string } } };
    const subscription = object.parent?.subscription_details?.subscription ?? object.id;
    if (HANDLED.has(event.type) && subscription && subscriptionIds.has(subscription)) events.push(event);
  }
  return { events: events.reverse(), subscriptionIds };
}

interface Delivery {
  status: number;
  totalMs: number;
  appMs: number;
  stripeMs: number;
}

async function deliver(event: Stripe.Event): Promise<Delivery> {
  const payload = JSON.stringify(event);
  const signature = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret });
  const t0 = performance.now();
  const response = await fetch(endpoint, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
  await response.arrayBuffer();
  const totalMs = performance.now() - t0;
  const timing = Object.fromEntries(
    (response.headers.get("server-timing") ?? "")
      .split(",")
      .map((part) => /(\w+);dur=([\d.]+)/.exec(part))
      .filter((m): m is RegExpExecArray => m !== null)
      .map((m) => [m[1], Number(m[2])]),
  );
  return { status: response.status, totalMs, appMs: timing.app ?? NaN, stripeMs: timing.stripe ?? NaN };
}

async function deliverAll(events: Stripe.Event[], inFlight: number): Promise<Delivery[]> {
  const results: Delivery[] = new Array(events.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < events.length) {
        const index = next++;
        results[index] = await deliver(events[index]!);
      }
    }),
  );
  return results;
}

const percentile = (values: number[], p: number) => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
};
const ms = (v: number) => `${v.toFixed(1)} ms`.padStart(9);

try {
  // Boot the function's Deno worker and its connections: what follows is warm.
  const { events: warmup } = await makeEvents("warmup", 5, 2);
  for (const event of warmup) await deliver(event);

  const { events: latencyEvents } = await makeEvents("latency", 20, 8);
  const sequential = [];
  for (const event of latencyEvents) sequential.push(await deliver(event));
  console.log(
    `\n1. warm latency, ${sequential.length} events one at a time (all ${sequential.every((d) => d.status === 200) ? "200" : "NOT 200"})`,
  );
  console.log(`${" ".repeat(40)}p50       p95`);
  for (const [label, pick] of [
    ["whole request (gateway + function)", (d: Delivery) => d.totalMs],
    ["function without the Stripe re-read", (d: Delivery) => d.appMs],
    ["Stripe re-read (local Stripe)", (d: Delivery) => d.stripeMs],
  ] as const) {
    const values = sequential.map(pick);
    console.log(`  ${label.padEnd(38)}${ms(percentile(values, 50))} ${ms(percentile(values, 95))}`);
  }

  const { events, subscriptionIds: subscriptions } = await makeEvents("load", 100, 8);
  const t0 = performance.now();
  const first = await deliverAll(events, 20);
  const firstSeconds = (performance.now() - t0) / 1000;
  const t1 = performance.now();
  const again = await deliverAll(events, 20);
  const againSeconds = (performance.now() - t1) / 1000;

  const ids = events.map((e) => e.id);
  const [ledger] = await sql<{ rows: number; processed: number; errors: number; applied: number; stale: number }[]>`
    select count(*)::int as rows, count(processed_at)::int as processed, count(error)::int as errors,
      count(*) filter (where outcome = 'applied')::int as applied, count(*) filter (where outcome = 'stale')::int as stale
    from public.stripe_events where id = any(${ids})`;
  let mismatched = 0;
  for (const id of subscriptions) {
    const live = await stripe.subscriptions.retrieve(id);
    const [row] = await sql<{ status: string; plan_key: string; cancel_at_period_end: boolean }[]>`
      select status, plan_key, cancel_at_period_end from public.subscriptions where stripe_subscription_id = ${id}`;
    const plan = live.items.data[0]!.price.lookup_key === "arco_pro_monthly" ? "pro" : "basic";
    if (
      !row ||
      row.status !== live.status ||
      row.plan_key !== plan ||
      row.cancel_at_period_end !== live.cancel_at_period_end
    )
      mismatched += 1;
  }
  const non2xx = [...first, ...again].filter((d) => d.status !== 200).length;
  console.log(`\n2. ${events.length} events, 20 in flight`);
  console.log(
    `  first delivery     ${firstSeconds.toFixed(1)} s (${(events.length / firstSeconds).toFixed(0)} events/s), p50 ${ms(
      percentile(
        first.map((d) => d.totalMs),
        50,
      ),
    )}, p95 ${ms(
      percentile(
        first.map((d) => d.totalMs),
        95,
      ),
    )}`,
  );
  console.log(
    `  duplicates (again) ${againSeconds.toFixed(1)} s (${(events.length / againSeconds).toFixed(0)} events/s)`,
  );
  console.log(`  non-2xx answers    ${non2xx}`);
  console.log(
    `  ledger rows        ${ledger!.rows} of ${events.length} (processed ${ledger!.processed}, with error ${ledger!.errors}; applied ${ledger!.applied}, stale ${ledger!.stale})`,
  );
  console.log(`  subscriptions      ${subscriptions.size - mismatched} of ${subscriptions.size} match Stripe`);
  const ok =
    non2xx === 0 &&
    ledger!.rows === events.length &&
    ledger!.processed === events.length &&
    ledger!.errors === 0 &&
    mismatched === 0;
  console.log(`\n${ok ? "OK: every event applied once, none lost" : "FAILED"}`);
  process.exitCode = ok ? 0 : 1;
} finally {
  await sql.end();
  await stack.stop();
}
