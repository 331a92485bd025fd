import Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { stripeOptions } from "@/src/billing/stripe-options";
import { syncStripePlans } from "@/src/billing/sync-stripe-plans";
import { stackForThisFile } from "@/tests/support/stack";
import { stripeFor } from "@/tests/support/stripe";

/** The local Stripe as the official SDK sees it: errors, lists, expansion, idempotency, and the plans sync. */
const stack = stackForThisFile({ stripe: { webhookUrl: null } });
let stripe: Stripe;

beforeAll(() => {
  stripe = stripeFor(stack);
});

describe("the local Stripe's REST API through the official SDK", () => {
  it("answers Stripe's error shapes, which the SDK turns into its error classes", async () => {
    const missing = await stripe.customers.retrieve("cus_nobody").catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    expect(missing).toMatchObject({ code: "resource_missing", statusCode: 404 });

    const stranger = new Stripe("sk_test_wrong", stripeOptions(stack.stripe.env.STRIPE_API_URL));
    await expect(stranger.customers.list()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
    // As Stripe, the key also works as the Basic username (`curl -u sk_test_…:`); a wrong one does not.
    const basic = (key: string) =>
      fetch(`${stack.stripe.env.STRIPE_API_URL}/v1/customers?limit=1`, {
        headers: { authorization: `Basic ${Buffer.from(`${key}:`).toString("base64")}` },
      }).then((response) => response.status);
    expect(await basic(stack.stripe.env.STRIPE_SECRET_KEY!)).toBe(200);
    expect(await basic("sk_test_wrong")).toBe(401);

    const product = await stripe.products.create({ name: "Lookup" });
    await stripe.prices.create({ product: product.id, currency: "brl", unit_amount: 100, lookup_key: "taken" });
    await expect(
      stripe.prices.create({ product: product.id, currency: "brl", unit_amount: 200, lookup_key: "taken" }),
    ).rejects.toMatchObject({ type: "StripeInvalidRequestError", param: "lookup_key" });
  });

  it("pages lists newest first with has_more and starting_after, as auto-pagination expects", async () => {
    const created = [];
    for (let i = 0; i < 23; i++) created.push((await stripe.customers.create({ email: `page-${i}@example.test` })).id);
    const first = await stripe.customers.list({ limit: 10 });
    expect(first.has_more).toBe(true);
    expect(first.data[0]!.id).toBe(created.at(-1));
    const all = await stripe.customers.list({ limit: 10 }).autoPagingToArray({ limit: 1000 });
    expect(all.map((c) => c.id)).toEqual(expect.arrayContaining(created));
    expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
    const byEmail = await stripe.customers.list({ email: "page-7@example.test" });
    expect(byEmail.data.map((c) => c.id)).toEqual([created[7]]);
  });

  it("expands ids into objects and replays a POST with the same idempotency key", async () => {
    const product = await stripe.products.create({ name: "Expand" });
    const price = await stripe.prices.create({
      product: product.id,
      currency: "brl",
      unit_amount: 500,
      recurring: { interval: "month" },
      lookup_key: "expand_me",
    });
    const { data } = await stripe.prices.list({ lookup_keys: ["expand_me"], expand: ["data.product"] });
    expect((data[0]!.product as Stripe.Product).name).toBe("Expand");

    const once = await stripe.customers.create({ email: "once@example.test" }, { idempotencyKey: "create-once" });
    const twice = await stripe.customers.create({ email: "once@example.test" }, { idempotencyKey: "create-once" });
    expect(twice.id).toBe(once.id);

    const customer = await stripe.customers.create({
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const subscription = await stripe.subscriptions.create({ customer: customer.id, items: [{ price: price.id }] });
    const invoices = await stripe.invoices.list({ subscription: subscription.id });
    expect(invoices.data.map((i) => [i.status, i.amount_paid])).toEqual([["paid", 500]]);
    const canceled = await stripe.subscriptions.cancel(subscription.id);
    expect(canceled.status).toBe("canceled");
    expect((await stripe.subscriptions.list({ customer: customer.id })).data).toEqual([]);
    expect((await stripe.subscriptions.list({ customer: customer.id, status: "all" })).data).toHaveLength(1);
  });
});

describe("npm run stripe:sync-plans", () => {
  it("creates the plans once, keeps them unchanged, and moves the lookup key to a new price when one changes", async () => {
    const plans = [
      { key: "basic", name: "Basic", price: 297, currency: "BRL" },
      { key: "pro", name: "Pro", price: 897, currency: "BRL" },
    ];
    const first = await syncStripePlans(stripe, plans);
    expect(first.map((r) => [r.lookupKey, r.action])).toEqual([
      ["arco_basic_monthly", "created"],
      ["arco_pro_monthly", "created"],
    ]);
    const second = await syncStripePlans(stripe, plans);
    expect(second.map((r) => r.action)).toEqual(["kept", "kept"]);
    expect(second.map((r) => r.price)).toEqual(first.map((r) => r.price));

    const third = await syncStripePlans(stripe, [plans[0]!, { ...plans[1]!, price: 997 }]);
    expect(third.map((r) => r.action)).toEqual(["kept", "replaced"]);
    const { data } = await stripe.prices.list({ lookup_keys: ["arco_pro_monthly"] });
    expect(data.map((p) => [p.id, p.unit_amount, p.currency, p.recurring?.interval])).toEqual([
      [third[1]!.price, 99_700, "brl", "month"],
    ]);
    expect((await stripe.prices.retrieve(first[1]!.price)).active).toBe(false);
  });
});
