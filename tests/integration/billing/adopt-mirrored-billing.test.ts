import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { adoptMirroredBilling } from "@/scripts/stripe-adopt-mirror";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { stripeFor, syncPlans } from "@/tests/support/stripe";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The demo data mirrors Stripe objects no Stripe issued; the local Stripe takes them over (as `npm run dev`
 * does) so the portal opens for them, with the mirror's ids, periods and prices, and the nightly
 * reconciliation then finds nothing to repair.
 */
const stack = stackForThisFile();
let stripe: Stripe;
let moda: OrganizationFixture;
let aurora: OrganizationFixture;
const adopt = () => adoptMirroredBilling(stack.dbUrl, stripe, stack.stripe);

async function mirror(org: OrganizationFixture, key: string, plan: string, amount: number) {
  await stack.sql`
    insert into public.billing_customers (org_id, stripe_customer_id, email)
    values (${org.id}, ${`cus_demo_${key}`}, ${`owner@${key}.test`})`;
  await stack.sql`
    insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
      current_period_end, amount, currency, interval)
    values (${org.id}, ${`sub_demo_${key}`}, ${plan}, 'active', date_trunc('second', now()) - interval '10 days',
      date_trunc('second', now()) + interval '20 days', ${amount}, 'BRL', 'month')`;
}

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, stack.stripe.env, { APP_URL: "http://app.test" });
  vi.resetModules();
  stripe = stripeFor(stack);
  await syncPlans(stripe);
  moda = await createOrganization(stack, { slug: "moda", tier: "pro", roles: ["owner"] });
  aurora = await createOrganization(stack, { slug: "aurora", tier: "enterprise", roles: ["owner"] });
  await mirror(moda, "moda", "pro", 897);
  // Enterprise is billed at a negotiated price, which no plan sells.
  await mirror(aurora, "aurora", "enterprise", 4900);
}, 90_000);

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("adopting the mirrored billing", () => {
  it("creates the customers and live subscriptions under their mirrored ids, once", async () => {
    expect(await adopt()).toEqual({ customers: 2, subscriptions: 2 });
    expect(await adopt()).toEqual({ customers: 0, subscriptions: 0 });
  });

  it("keeps the mirror's period, status and amount, on the plan's own price", async () => {
    const subscription = await stripe.subscriptions.retrieve("sub_demo_moda");
    const [row] = await stack.sql<{ start: number; end: number }[]>`
      select extract(epoch from current_period_start)::int as start, extract(epoch from current_period_end)::int as end
      from public.subscriptions where stripe_subscription_id = 'sub_demo_moda'`;
    const item = subscription.items.data[0]!;
    expect(subscription).toMatchObject({ customer: "cus_demo_moda", status: "active", cancel_at_period_end: false });
    expect([item.current_period_start, item.current_period_end]).toEqual([row!.start, row!.end]);
    expect(item.price).toMatchObject({ lookup_key: "arco_pro_monthly", unit_amount: 89_700, currency: "brl" });
    const invoice = await stripe.invoices.retrieve(String(subscription.latest_invoice));
    expect(invoice).toMatchObject({ status: "paid", amount_paid: 89_700 });
  });

  it("bills a negotiated amount on a contract price of its plan", async () => {
    const { price } = (await stripe.subscriptions.retrieve("sub_demo_aurora")).items.data[0]!;
    expect(price).toMatchObject({ unit_amount: 490_000, lookup_key: null, metadata: { plan: "enterprise" } });
  });

  it("opens the portal for an adopted customer, with a card on file", async () => {
    const session = await stripe.billingPortal.sessions.create({
      customer: "cus_demo_moda",
      return_url: "http://app.test/app/moda/billing",
    });
    expect(session.url).toMatch(/^http/);
    const customer = (await stripe.customers.retrieve("cus_demo_moda")) as Stripe.Customer;
    expect(customer.invoice_settings.default_payment_method).toMatch(/^pm_/);
  });

  it("leaves the nightly reconciliation nothing to repair", async () => {
    const { reconcileSubscriptions } = await import("@/src/billing/reconcile-subscriptions");
    const report = await reconcileSubscriptions(stripe);
    expect(report.repaired).toEqual([]);
    expect(report.ignored).toEqual([]);
    const tiers = await stack.sql<{ slug: string; tier: string }[]>`
      select slug, tier from public.organizations where slug in ('moda', 'aurora') order by slug`;
    expect(tiers).toEqual([
      { slug: "aurora", tier: "enterprise" },
      { slug: "moda", tier: "pro" },
    ]);
  });
});
