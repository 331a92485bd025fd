import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startFakeHttpServer } from "@/tests/support/fake-http-server";
import { stackForThisFile, startTestStack } from "@/tests/support/stack";
import { stripeFor, syncPlans, tierOf, warmWebhook } from "@/tests/support/stripe";
import { createOrganization } from "@/tests/support/workspace-fixtures";

/**
 * The stripe-webhook function against what Stripe may do: deliver late, out of order, ten times, with a bad
 * signature. The local Stripe's own delivery is off here; the test delivers the events it lists, signed with
 * the endpoint secret by the official SDK, in the order each case needs.
 */
const stack = stackForThisFile({ stripe: { webhookUrl: null } });
let stripe: Stripe;
let prices: Record<"basic" | "pro", string>;

beforeAll(async () => {
  stripe = stripeFor(stack);
  prices = await syncPlans(stripe);
  await warmWebhook(stack);
}, 90_000);

function deliver(payload: string, header?: string): Promise<Response> {
  const signature =
    header ?? stripe.webhooks.generateTestHeaderString({ payload, secret: stack.stripe.env.STRIPE_WEBHOOK_SECRET! });
  return fetch(`${stack.apiUrl}/functions/v1/stripe-webhook`, {
    method: "POST",
    headers: { "content-type": "application/json", "stripe-signature": signature },
    body: payload,
  });
}

const deliverEvent = async (event: Stripe.Event) => {
  const response = await deliver(JSON.stringify(event));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

/** The subscription's events, oldest first. */
async function eventsOf(subscriptionId: string): Promise<Stripe.Event[]> {
  const events: Stripe.Event[] = [];
  for await (const event of stripe.events.list({ limit: 100 })) {
    const object = event.data.object as { id?: string; parent?: { subscription_details?: { subscription?: string } } };
    if (object.id === subscriptionId || object.parent?.subscription_details?.subscription === subscriptionId)
      events.push(event);
  }
  return events.reverse();
}

async function subscribe(slug: string, price: string, tier = "free") {
  const org = await createOrganization(stack, { slug, tier, roles: ["owner"] });
  const customer = await stripe.customers.create({
    payment_method: "pm_card_visa",
    invoice_settings: { default_payment_method: "pm_card_visa" },
  });
  const subscription = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price }],
    metadata: { org_id: org.id },
  });
  return { org, customer, subscription };
}

const stored = async (subscriptionId: string) =>
  (
    await stack.sql<{ plan_key: string; status: string; cancel_at_period_end: boolean }[]>`
      select plan_key, status, cancel_at_period_end from public.subscriptions where stripe_subscription_id = ${subscriptionId}`
  )[0];

describe("stripe-webhook: duplicates, order and signatures", () => {
  it("records an event delivered 10 times at once in one ledger row, with one effect", async () => {
    const { org, subscription } = await subscribe("ten-times", prices.pro);
    const [created] = await eventsOf(subscription.id);
    expect(created!.type).toBe("customer.subscription.created");
    const answers = await Promise.all(Array.from({ length: 10 }, () => deliverEvent(created!)));
    expect(answers.map((a) => a.status)).toEqual(Array(10).fill(200));
    expect(answers.filter((a) => a.body.outcome === "applied")).toHaveLength(1);
    expect(answers.filter((a) => a.body.duplicate === true)).toHaveLength(9);
    const rows = await stack.sql`select outcome, error from public.stripe_events where id = ${created!.id}`;
    expect(rows).toEqual([{ outcome: "applied", error: null }]);
    expect(await tierOf(stack, org.id)).toBe("pro");
    // One effect: the subscription row was written once and the tier changed once.
    const [audit] = await stack.sql`
      select count(*) filter (where table_name = 'subscriptions')::int as subscriptions,
        count(*) filter (where table_name = 'organizations' and action = 'update')::int as tier_changes
      from public.audit_log where org_id = ${org.id} and action in ('insert', 'update')`;
    expect(audit).toEqual({ subscriptions: 1, tier_changes: 1 });
  });

  it("converges on Stripe's newest state whatever the delivery order", async () => {
    const { org, subscription } = await subscribe("out-of-order", prices.basic);
    await stripe.subscriptions.update(subscription.id, {
      items: [{ id: subscription.items.data[0]!.id, price: prices.pro }],
    });
    await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    const events = await eventsOf(subscription.id);
    const updates = events.filter((e) => e.type === "customer.subscription.updated");
    const created = events.find((e) => e.type === "customer.subscription.created")!;
    expect(updates).toHaveLength(2);

    // The newest update first, then the created event, then the older update.
    for (const event of [updates[1]!, created, updates[0]!]) expect((await deliverEvent(event)).status).toBe(200);
    expect(await stored(subscription.id)).toEqual({ plan_key: "pro", status: "active", cancel_at_period_end: true });
    expect(await tierOf(stack, org.id)).toBe("pro");
  });

  it("refuses a stale write: an older event re-read after a newer one was applied changes nothing", async () => {
    const { subscription } = await subscribe("stale-write", prices.basic);
    const [created] = await eventsOf(subscription.id);
    // A newer event (one minute later) was applied; then the old one arrives: the watermark refuses it.
    const newer = { ...created!, id: `${created!.id}_newer`, created: created!.created + 60 };
    expect((await deliverEvent(newer)).body.outcome).toBe("applied");
    expect((await deliverEvent(created!)).body.outcome).toBe("stale");
  });

  it("answers 400 and records nothing for a missing or wrong signature, an old timestamp or an altered body", async () => {
    const { subscription } = await subscribe("bad-signatures", prices.basic);
    const [event] = await eventsOf(subscription.id);
    const payload = JSON.stringify(event);
    const secret = stack.stripe.env.STRIPE_WEBHOOK_SECRET!;
    const sign = (body: string, options: Partial<Parameters<Stripe["webhooks"]["generateTestHeaderString"]>[0]> = {}) =>
      stripe.webhooks.generateTestHeaderString({ payload: body, secret, ...options });

    const missing = await fetch(`${stack.apiUrl}/functions/v1/stripe-webhook`, { method: "POST", body: payload });
    expect(missing.status).toBe(400);
    expect((await deliver(payload, sign(payload, { secret: "whsec_someone_else" }))).status).toBe(400);
    expect((await deliver(payload, sign(payload, { timestamp: Math.floor(Date.now() / 1000) - 3600 }))).status).toBe(
      400,
    );
    expect((await deliver(payload.replace('"active"', '"canceled"'), sign(payload))).status).toBe(400);
    expect(await stack.sql`select id from public.stripe_events where id = ${event!.id}`).toEqual([]);
  });

  it("records an event for an unknown organization and ignores it with the reason", async () => {
    const customer = await stripe.customers.create({
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: prices.pro }] });
    const [created] = await eventsOf(subscription.id);
    const answer = await deliverEvent(created!);
    expect(answer).toEqual({ status: 200, body: { received: true, outcome: "ignored: unknown organization" } });
    expect(await stack.sql`select outcome from public.stripe_events where id = ${created!.id}`).toEqual([
      { outcome: "ignored: unknown organization" },
    ]);
    expect(await stored(subscription.id)).toBeUndefined();
  });

  it("answers 500 when processing fails and keeps the error in the ledger for the retry", async () => {
    const { subscription } = await subscribe("lost-subscription", prices.basic);
    const [created] = await eventsOf(subscription.id);
    const broken = {
      ...created!,
      id: `${created!.id}_broken`,
      data: { object: { ...created!.data.object, id: "sub_missing" } },
    };
    const first = await deliverEvent(broken as Stripe.Event);
    expect(first.status).toBe(500);
    const [row] = await stack.sql`select processed_at, error from public.stripe_events where id = ${broken.id}`;
    expect(row!.processed_at).toBeNull();
    expect(row!.error).toContain("No such subscription");
    // Stripe's retry takes the failed event over (not a duplicate) and fails again, visibly.
    expect((await deliverEvent(broken as Stripe.Event)).status).toBe(500);
  });
});

describe("the local Stripe's delivery", () => {
  const answers = [500, 503, 200];
  let server: Awaited<ReturnType<typeof startFakeHttpServer>>;
  beforeAll(async () => {
    server = await startFakeHttpServer(() => ({ status: answers.shift() ?? 200, body: {} }));
  });
  afterAll(() => server.close());

  it("signs each attempt and retries on non-2xx until the endpoint accepts", async () => {
    const own = await startTestStack({ stripe: { webhookUrl: `${server.url}/hook`, retryDelaysMs: [50, 100, 200] } });
    try {
      const ownStripe = stripeFor(own);
      const customer = await ownStripe.customers.create({ email: "retry@example.test" });
      await own.stripe.idle();
      const deliveries = server.requests.filter(
        (r) => (r.body as { data: { object: { id: string } } }).data.object.id === customer.id,
      );
      expect(deliveries).toHaveLength(3);
      for (const delivery of deliveries) {
        const event = ownStripe.webhooks.constructEvent(
          JSON.stringify(delivery.body, null, 2),
          String(delivery.headers["stripe-signature"]),
          own.stripe.env.STRIPE_WEBHOOK_SECRET!,
        );
        expect(event.type).toBe("customer.created");
      }
      const delivered = await ownStripe.events.retrieve((deliveries[0]!.body as Stripe.Event).id);
      expect(delivered.pending_webhooks).toBe(0);
    } finally {
      await own.stop();
    }
  });
});
