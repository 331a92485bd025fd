import type Stripe from "stripe";
import { beforeAll, describe, expect, it } from "vitest";
import { stackForThisFile } from "@/tests/support/stack";
import { stripeFor, syncPlans, tierOf, waitFor, warmWebhook } from "@/tests/support/stripe";
import { createOrganization } from "@/tests/support/workspace-fixtures";

/**
 * Billing end to end below the UI: the official SDK against the local Stripe, which signs and delivers its
 * events to the real stripe-webhook function under Deno, which sets the tier in Postgres.
 */
const stack = stackForThisFile({ stripe: { retryDelaysMs: [200, 400, 800] } });
let stripe: Stripe;
let prices: Record<"basic" | "pro", string>;

beforeAll(async () => {
  stripe = stripeFor(stack);
  prices = await syncPlans(stripe);
  await warmWebhook(stack);
}, 90_000);

async function customerOnClock(orgSlug: string, card = "pm_card_visa") {
  const clock = await stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
  const customer = await stripe.customers.create({
    email: `billing@${orgSlug}.test`,
    test_clock: clock.id,
    payment_method: card,
    invoice_settings: { default_payment_method: card },
  });
  return { clock, customer };
}

const ledger = (subscriptionId: string) => stack.sql<{ type: string; outcome: string | null; error: string | null }[]>`
  select type, outcome, error from public.stripe_events
  where payload -> 'data' -> 'object' ->> 'id' = ${subscriptionId}
    or payload -> 'data' -> 'object' -> 'parent' -> 'subscription_details' ->> 'subscription' = ${subscriptionId}`;

describe("subscriptions through the local Stripe and the stripe-webhook function", () => {
  it("applies a subscription created through the API with metadata.org_id within 5 s", async () => {
    const org = await createOrganization(stack, { slug: "enterprise-deal", tier: "free", roles: ["owner"] });
    const { customer } = await customerOnClock("enterprise-deal");
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: prices.pro }],
      metadata: { org_id: org.id },
    });
    expect(subscription.status).toBe("active");
    const { ms } = await waitFor(
      () => tierOf(stack, org.id),
      (tier) => tier === "pro",
    );
    expect(ms).toBeLessThan(5_000);
    const [customerRow] =
      await stack.sql`select stripe_customer_id from public.billing_customers where org_id = ${org.id}`;
    expect(customerRow).toEqual({ stripe_customer_id: customer.id });
    await stack.stripe.idle();
    const events = await ledger(subscription.id);
    expect(events.map((e) => e.type).sort()).toEqual(["customer.subscription.created", "invoice.paid"]);
    expect(events.every((e) => e.error === null && e.outcome !== null)).toBe(true);
  });

  it("pays a Checkout Session on the hosted page with 4242 and declines 4000 0000 0000 0341", async () => {
    const org = await createOrganization(stack, { slug: "checkout-shop", tier: "free", roles: ["owner"] });
    const customer = await stripe.customers.create({ email: "owner@checkout-shop.test", metadata: { org_id: org.id } });
    const session = await stripe.checkout.sessions.create({
      mode: "subscription",
      customer: customer.id,
      client_reference_id: org.id,
      line_items: [{ price: prices.basic, quantity: 1 }],
      subscription_data: { metadata: { org_id: org.id } },
      success_url: "http://app.test/return?session_id={CHECKOUT_SESSION_ID}",
      cancel_url: "http://app.test/billing",
    });
    expect(session.url).toContain("/stripe/checkout/");
    const page = await fetch(session.url!);
    expect(await page.text()).toContain("Card number");

    const declined = await fetch(session.url!, {
      method: "POST",
      body: new URLSearchParams({ card: "4000 0000 0000 0341" }),
    });
    expect(declined.status).toBe(402);
    expect(await declined.text()).toContain("Your card was declined.");
    expect((await stripe.checkout.sessions.retrieve(session.id)).status).toBe("open");

    const paid = await fetch(session.url!, {
      method: "POST",
      body: new URLSearchParams({ card: "4242 4242 4242 4242", name: "Owner" }),
      redirect: "manual",
    });
    expect(paid.status).toBe(303);
    expect(paid.headers.get("location")).toBe(`http://app.test/return?session_id=${session.id}`);
    const completed = await stripe.checkout.sessions.retrieve(session.id, { expand: ["subscription"] });
    expect(completed.status).toBe("complete");
    expect((completed.subscription as Stripe.Subscription).status).toBe("active");
    await waitFor(
      () => tierOf(stack, org.id),
      (tier) => tier === "basic",
    );
  });

  it("cancels at period end: the plan stays until the period ends, then Free with every row kept", async () => {
    const org = await createOrganization(stack, { slug: "leaving", tier: "free", roles: ["owner"] });
    const { clock, customer } = await customerOnClock("leaving");
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: prices.pro }],
      metadata: { org_id: org.id },
    });
    await waitFor(
      () => tierOf(stack, org.id),
      (tier) => tier === "pro",
    );
    await stack.sql`insert into public.projects (org_id, name) select ${org.id}, 'Site ' || n from generate_series(1, 4) n`;

    await stripe.subscriptions.update(subscription.id, { cancel_at_period_end: true });
    await waitFor(
      async () =>
        (
          await stack.sql`select cancel_at_period_end from public.subscriptions where stripe_subscription_id = ${subscription.id}`
        )[0],
      (row) => row?.cancel_at_period_end === true,
    );
    expect(await tierOf(stack, org.id)).toBe("pro");

    const periodEnd = subscription.items.data[0]!.current_period_end;
    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: periodEnd + 60 });
    await waitFor(
      () => tierOf(stack, org.id),
      (tier) => tier === "free",
    );
    const [row] =
      await stack.sql`select status from public.subscriptions where stripe_subscription_id = ${subscription.id}`;
    expect(row).toEqual({ status: "canceled" });
    const [projects] = await stack.sql`select count(*)::int as n from public.projects where org_id = ${org.id}`;
    expect(projects).toEqual({ n: 4 });
  });

  it("past due: a failed renewal keeps the plan, and queues an email to each owner", async () => {
    const org = await createOrganization(stack, { slug: "card-expired", tier: "basic", roles: ["owner", "admin"] });
    const { clock, customer } = await customerOnClock("card-expired");
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: prices.basic }],
      metadata: { org_id: org.id },
    });
    await waitFor(
      () => tierOf(stack, org.id),
      (tier) => tier === "basic",
    );
    // The card on file starts failing (Stripe's pm_card_chargeCustomerFail), then the period renews.
    const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: failing.id } });
    const periodEnd = subscription.items.data[0]!.current_period_end;
    await stripe.testHelpers.testClocks.advance(clock.id, { frozen_time: periodEnd + 60 });
    expect((await stripe.subscriptions.retrieve(subscription.id)).status).toBe("past_due");

    await waitFor(
      async () =>
        (await stack.sql`select status from public.subscriptions where stripe_subscription_id = ${subscription.id}`)[0],
      (row) => row?.status === "past_due",
    );
    expect(await tierOf(stack, org.id)).toBe("basic");
    await stack.stripe.idle();
    const emails = await stack.sql`
      select to_email from public.email_outbox where org_id = ${org.id} and template = 'billing-past-due'`;
    expect(emails).toEqual([{ to_email: "owner@card-expired.test" }]);
  });
});
