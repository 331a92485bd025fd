import { InngestTestEngine } from "@inngest/test";
import type Stripe from "stripe";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { OutboxEmail } from "@/src/email/outbox/outbox-email";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { stripeFor, syncPlans, tierOf, waitFor, warmWebhook } from "@/tests/support/stripe";
import { createConfirmedUser } from "@/tests/support/users";
import { createOrganization, requestDbAs } from "@/tests/support/workspace-fixtures";

/**
 * What repairs billing after the fact: the nightly reconciliation (drift between Stripe and the database, in
 * job_runs), staff replaying a failed event, and the past-due email composed for each owner at send time.
 */
const stack = stackForThisFile();
let stripe: Stripe;
let prices: Record<"basic" | "pro", string>;
let app: {
  reconcileJob: typeof import("@/inngest/functions/reconcile-subscriptions").reconcileSubscriptionsJob;
  replayStripeEvent: typeof import("@/src/billing/replay-stripe-event").replayStripeEvent;
  getUnappliedStripeEvents: typeof import("@/src/admin/queries/get-unapplied-stripe-events").getUnappliedStripeEvents;
  composeOutboxEmail: typeof import("@/src/email/outbox/compose-outbox-email").composeOutboxEmail;
};

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, stack.stripe.env, { APP_URL: "http://app.test" });
  vi.resetModules();
  app = {
    reconcileJob: (await import("@/inngest/functions/reconcile-subscriptions")).reconcileSubscriptionsJob,
    replayStripeEvent: (await import("@/src/billing/replay-stripe-event")).replayStripeEvent,
    getUnappliedStripeEvents: (await import("@/src/admin/queries/get-unapplied-stripe-events"))
      .getUnappliedStripeEvents,
    composeOutboxEmail: (await import("@/src/email/outbox/compose-outbox-email")).composeOutboxEmail,
  };
  stripe = stripeFor(stack);
  prices = await syncPlans(stripe);
  await warmWebhook(stack);
}, 90_000);

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

async function subscribe(slug: string, price: string, tier: string) {
  const org = await createOrganization(stack, { slug, tier: "free", roles: ["owner"] });
  const customer = await stripe.customers.create({
    payment_method: "pm_card_visa",
    invoice_settings: { default_payment_method: "pm_card_visa" },
  });
  const subscription = await stripe.subscriptions.create({
    customer: customer.id,
    items: [{ price }],
    metadata: { org_id: org.id },
  });
  await waitFor(
    () => tierOf(stack, org.id),
    (value) => value === tier,
  );
  await stack.stripe.idle();
  return { org, customer, subscription };
}

describe("reconciliation", () => {
  it("repairs a tier changed behind Stripe's back and records what it changed in job_runs", async () => {
    const { org, subscription } = await subscribe("drifted", prices.pro, "pro");
    await stack.sql`update public.organizations set tier = 'basic' where id = ${org.id}`;

    const event = {
      name: "inngest/scheduled.timer",
      data: {},
      id: "reconcile-1",
      ts: Date.parse("2026-12-08T06:30:00Z"),
    };
    const { result } = await new InngestTestEngine({ function: app.reconcileJob }).execute({ events: [event] });
    expect(result).toMatchObject({ runKey: "2026-12-08", repaired: 1 });
    expect(await tierOf(stack, org.id)).toBe("pro");

    const [run] = await stack.sql<{ status: string; detail: { repaired: unknown[]; checked: number } }[]>`
      select status, detail from public.job_runs where job = 'reconcile-subscriptions' and run_key = '2026-12-08'`;
    expect(run!.status).toBe("succeeded");
    expect(run!.detail.repaired).toEqual([
      {
        subscription: subscription.id,
        orgId: org.id,
        before: { tier: "basic", status: "active", planKey: "pro", cancelAtPeriodEnd: false },
        after: { tier: "pro", status: "active", planKey: "pro", cancelAtPeriodEnd: false },
      },
    ]);

    // A second night finds nothing to repair.
    const again = { ...event, id: "reconcile-2", ts: Date.parse("2026-12-09T06:30:00Z") };
    const second = await new InngestTestEngine({ function: app.reconcileJob }).execute({ events: [again] });
    expect(second.result).toMatchObject({ repaired: 0 });
  });
});

describe("replaying a failed event", () => {
  it("lets staff apply it from Stripe's current state, and nobody else", async () => {
    const org = await createOrganization(stack, { slug: "missed-event", tier: "free", roles: ["owner"] });
    // Stripe knows the subscription; the database saw its event fail (the function was down, say).
    const customer = await stripe.customers.create({
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: prices.basic }],
      metadata: { org_id: org.id },
    });
    await stack.stripe.idle();
    const [created] = (await stripe.events.list({ limit: 100 })).data.filter(
      (e) => e.type === "customer.subscription.created" && (e.data.object as { id: string }).id === subscription.id,
    );
    await stack.sql`delete from public.subscriptions where stripe_subscription_id = ${subscription.id}`;
    await stack.sql`update public.organizations set tier = 'free' where id = ${org.id}`;
    await stack.sql`update public.stripe_events set processed_at = null, outcome = null, error = 'connection reset'
      where id = ${created!.id}`;

    const owner = await requestDbAs(org.users.owner);
    await expect(app.replayStripeEvent(owner, created!.id)).rejects.toMatchObject({ code: "not_found" });

    const staffId = await createConfirmedUser(stack, "billing-staff@arco.test");
    await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'admin')`;
    // The admin's revenue page lists it, with its error, for staff only.
    expect(await app.getUnappliedStripeEvents(owner)).toEqual([]);
    const listed = await app.getUnappliedStripeEvents(await requestDbAs(staffId));
    expect(listed.find((event) => event.id === created!.id)).toMatchObject({ reason: "connection reset" });
    const result = await app.replayStripeEvent(await requestDbAs(staffId), created!.id);
    expect(result).toEqual({ outcome: "applied" });
    expect(await tierOf(stack, org.id)).toBe("basic");
    const [row] =
      await stack.sql`select outcome, error, processed_at is not null as processed from public.stripe_events where id = ${created!.id}`;
    expect(row).toEqual({ outcome: "applied (replayed)", error: null, processed: true });
    await expect(app.replayStripeEvent(await requestDbAs(staffId), created!.id)).rejects.toMatchObject({
      code: "conflict",
    });
    const after = await app.getUnappliedStripeEvents(await requestDbAs(staffId));
    expect(after.map((event) => event.id)).not.toContain(created!.id);
  });
});

describe("the past-due email", () => {
  it("is composed for the owner while the payment is overdue, and dropped once it is paid", async () => {
    const org = await createOrganization(stack, { slug: "overdue", tier: "basic", roles: ["owner"] });
    const clock = await stripe.testHelpers.testClocks.create({ frozen_time: Math.floor(Date.now() / 1000) });
    const customer = await stripe.customers.create({
      test_clock: clock.id,
      payment_method: "pm_card_visa",
      invoice_settings: { default_payment_method: "pm_card_visa" },
    });
    const subscription = await stripe.subscriptions.create({
      customer: customer.id,
      items: [{ price: prices.basic }],
      metadata: { org_id: org.id },
    });
    const failing = await stripe.paymentMethods.attach("pm_card_chargeCustomerFail", { customer: customer.id });
    await stripe.customers.update(customer.id, { invoice_settings: { default_payment_method: failing.id } });
    await stripe.testHelpers.testClocks.advance(clock.id, {
      frozen_time: subscription.items.data[0]!.current_period_end + 60,
    });
    const [queued] = await waitFor(
      () => stack.sql<
        Array<{
          id: string;
          to_email: string;
          locale: "pt-BR";
          payload: Record<string, unknown>;
          idempotency_key: string;
        }>
      >`
        select id, to_email, locale, payload, idempotency_key from public.email_outbox
        where org_id = ${org.id} and template = 'billing-past-due'`,
      (rows) => rows.length === 1,
    ).then((r) => r.value);
    const email: OutboxEmail = {
      id: queued!.id,
      toEmail: queued!.to_email,
      template: "billing-past-due",
      locale: queued!.locale,
      payload: queued!.payload,
      idempotencyKey: queued!.idempotency_key,
      attempts: 1,
    };
    const composed = await app.composeOutboxEmail(email);
    expect(composed.kind).toBe("send");
    if (composed.kind !== "send") return;
    expect(composed.message.to).toBe("owner@overdue.test");
    expect(composed.message.subject).toBe("Pagamento em atraso na assinatura de overdue");
    expect(composed.message.html).toContain("http://app.test/app/overdue/billing");

    await stack.sql`update public.subscriptions set status = 'active' where stripe_subscription_id = ${subscription.id}`;
    expect(await app.composeOutboxEmail(email)).toEqual({ kind: "cancel", reason: "paid since" });
  });
});
