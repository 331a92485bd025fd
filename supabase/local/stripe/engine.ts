import { invalid, StripeApiError } from "./errors.ts";
import type { StripeObject, StripeStore } from "./store.ts";
import type { WebhookSender } from "./webhooks.ts";

const MONTH_SECONDS: Record<string, (from: number, count: number) => number> = {
  day: (from, n) => from + n * 86_400,
  week: (from, n) => from + n * 7 * 86_400,
  month: (from, n) => {
    const d = new Date(from * 1000);
    d.setUTCMonth(d.getUTCMonth() + n);
    return Math.floor(d.getTime() / 1000);
  },
  year: (from, n) => {
    const d = new Date(from * 1000);
    d.setUTCFullYear(d.getUTCFullYear() + n);
    return Math.floor(d.getTime() / 1000);
  },
};

/** Stripe's test cards by number, and the test tokens that stand for them (`pm_card_visa`, …). */
const testCards: Record<string, { brand: string; last4: string; chargeFails: boolean }> = {
  "4242424242424242": { brand: "visa", last4: "4242", chargeFails: false },
  "5555555555554444": { brand: "mastercard", last4: "4444", chargeFails: false },
  // Attaches to a customer, but every charge fails: Checkout declines it, a renewal falls past due.
  "4000000000000341": { brand: "visa", last4: "0341", chargeFails: true },
  "4000000000000002": { brand: "visa", last4: "0002", chargeFails: true },
};
const testTokens: Record<string, string> = {
  pm_card_visa: "4242424242424242",
  pm_card_mastercard: "5555555555554444",
  pm_card_chargeCustomerFail: "4000000000000341",
  pm_card_visa_chargeDeclined: "4000000000000002",
};

export const nowSeconds = () => Math.floor(Date.now() / 1000);

/**
 * The local Stripe's behaviour behind the REST surface: subscriptions that bill (each period an invoice
 * charged to the default payment method), test clocks that move time, and every change announced as an event.
 */
export class LocalStripeEngine {
  readonly store: StripeStore;
  private readonly webhooks: WebhookSender;

  constructor(store: StripeStore, webhooks: WebhookSender) {
    this.store = store;
    this.webhooks = webhooks;
  }

  /** The time a customer lives in: its test clock's frozen time, or now. */
  timeOf(customerId: string | null): number {
    const customer = customerId ? this.store.find("customer", customerId) : undefined;
    const clock = customer?.test_clock ? this.store.find("test_helpers.test_clock", String(customer.test_clock)) : null;
    return clock ? Number(clock.frozen_time) : nowSeconds();
  }

  emit(type: string, object: StripeObject, previous?: Record<string, unknown>): StripeObject {
    const event = this.store.insert({
      id: this.store.newId("event"),
      object: "event",
      api_version: "2026-10-28.endive",
      created: nowSeconds(),
      data: { object: structuredClone(object), ...(previous ? { previous_attributes: previous } : {}) },
      livemode: false,
      pending_webhooks: 1,
      request: { id: null, idempotency_key: null },
      type,
    });
    this.webhooks.send(event, () => this.store.update(event, { pending_webhooks: 0 }));
    return event;
  }

  /** A card payment method from a card number or one of Stripe's test tokens. */
  createCard(numberOrToken: string, customer: string | null): StripeObject {
    const number = testTokens[numberOrToken] ?? numberOrToken.replace(/\s+/g, "");
    const card = testCards[number];
    if (!card) {
      throw new StripeApiError(402, "card_error", "Your card number is incorrect.", { code: "incorrect_number" });
    }
    return this.store.insert({
      id: this.store.newId("payment_method"),
      object: "payment_method",
      created: nowSeconds(),
      type: "card",
      customer,
      card: { brand: card.brand, last4: card.last4, exp_month: 12, exp_year: 2034, country: "BR" },
      billing_details: { email: null, name: null },
      metadata: {},
      livemode: false,
    });
  }

  chargeFails(paymentMethodId: unknown): boolean {
    const pm = typeof paymentMethodId === "string" ? this.store.find("payment_method", paymentMethodId) : undefined;
    if (!pm) return true;
    return Object.values(testCards).find((c) => c.last4 === (pm.card as { last4: string }).last4)!.chargeFails;
  }

  setDefaultPaymentMethod(customer: StripeObject, paymentMethodId: string): void {
    const previous = { invoice_settings: structuredClone(customer.invoice_settings) };
    this.store.update(customer, {
      invoice_settings: { ...(customer.invoice_settings as object), default_payment_method: paymentMethodId },
    });
    this.emit("customer.updated", customer, previous);
  }

  defaultPaymentMethod(subscription: StripeObject): string | null {
    const customer = this.store.get("customer", String(subscription.customer));
    const settings = customer.invoice_settings as { default_payment_method: string | null };
    return (subscription.default_payment_method as string | null) ?? settings.default_payment_method;
  }

  price(priceId: string): StripeObject {
    const price = this.store.get("price", priceId);
    if (!price.recurring) throw invalid("items", `The price ${priceId} is not a recurring price.`);
    return price;
  }

  /** A subscription whose first period starts now; its first invoice is charged at once. */
  createSubscription(params: {
    customer: string;
    price: string;
    metadata?: Record<string, string>;
    defaultPaymentMethod?: string | null;
  }): StripeObject {
    const price = this.price(params.price);
    const start = this.timeOf(params.customer);
    const interval = (price.recurring as { interval: string }).interval;
    const subscription = this.insertSubscription({
      id: this.store.newId("subscription"),
      customer: params.customer,
      price,
      start,
      end: MONTH_SECONDS[interval]!(start, 1),
      metadata: params.metadata ?? {},
      defaultPaymentMethod: params.defaultPaymentMethod ?? null,
    });
    const paid = this.invoice(subscription, "subscription_create", start);
    this.store.update(subscription, { status: paid ? "active" : "incomplete" });
    this.emit("customer.subscription.created", subscription);
    this.emit(paid ? "invoice.paid" : "invoice.payment_failed", this.latestInvoice(subscription));
    return subscription;
  }

  /**
   * Takes over a customer that the app's mirror names but this Stripe never issued (the demo data's
   * `cus_demo_…`), with a test card on file, so the portal opens for it. Under the mirror's id and without an
   * event: the mirror already records it. A customer already here is left as it is.
   */
  adoptCustomer(customer: { id: string; email: string | null; name: string | null; created: number }): void {
    if (this.store.find("customer", customer.id)) return;
    const adopted = this.store.insert(newCustomer(customer.id, customer.created, customer));
    const card = this.createCard("pm_card_visa", adopted.id);
    this.store.update(adopted, { invoice_settings: { default_payment_method: card.id } });
  }

  /**
   * The same for a live subscription (`sub_demo_…`): in the mirror's current period, with that period's paid
   * invoice, so plan changes and cancellation work on it. Its customer must have been adopted first.
   */
  adoptSubscription(subscription: {
    id: string;
    customer: string;
    price: string;
    status: string;
    start: number;
    end: number;
    cancelAtPeriodEnd: boolean;
  }): void {
    if (this.store.find("subscription", subscription.id)) return;
    const adopted = this.insertSubscription({
      id: subscription.id,
      customer: subscription.customer,
      price: this.price(subscription.price),
      start: subscription.start,
      end: subscription.end,
      metadata: {},
      defaultPaymentMethod: null,
    });
    this.invoice(adopted, "subscription_cycle", subscription.start);
    this.store.update(adopted, {
      status: subscription.status,
      cancel_at_period_end: subscription.cancelAtPeriodEnd,
      cancel_at: subscription.cancelAtPeriodEnd ? subscription.end : null,
    });
  }

  private insertSubscription(params: {
    id: string;
    customer: string;
    price: StripeObject;
    start: number;
    end: number;
    metadata: Record<string, string>;
    defaultPaymentMethod: string | null;
  }): StripeObject {
    const customer = this.store.get("customer", params.customer);
    return this.store.insert({
      id: params.id,
      object: "subscription",
      created: params.start,
      customer: params.customer,
      status: "incomplete",
      metadata: params.metadata,
      cancel_at_period_end: false,
      cancel_at: null,
      canceled_at: null,
      ended_at: null,
      start_date: params.start,
      billing_cycle_anchor: params.start,
      collection_method: "charge_automatically",
      currency: params.price.currency,
      default_payment_method: params.defaultPaymentMethod,
      latest_invoice: null,
      test_clock: customer.test_clock ?? null,
      livemode: false,
      items: {
        object: "list",
        has_more: false,
        url: `/v1/subscription_items?subscription=${params.id}`,
        data: [this.item(params.id, params.price, params.start, params.end)],
      },
    });
  }

  private item(subscription: string, price: StripeObject, start: number, end: number) {
    return {
      id: this.store.newId("subscription_item"),
      object: "subscription_item",
      created: start,
      subscription,
      price: structuredClone(price),
      quantity: 1,
      current_period_start: start,
      current_period_end: end,
      metadata: {},
    };
  }

  period(subscription: StripeObject): { start: number; end: number; price: StripeObject } {
    const item = (subscription.items as { data: Array<Record<string, unknown>> }).data[0]!;
    return {
      start: Number(item.current_period_start),
      end: Number(item.current_period_end),
      price: item.price as StripeObject,
    };
  }

  private latestInvoice(subscription: StripeObject): StripeObject {
    return this.store.get("invoice", String(subscription.latest_invoice));
  }

  /** Bills the subscription's current period (or a proration) and charges it; answers whether it was paid. */
  private invoice(subscription: StripeObject, reason: string, at: number, amount?: number): boolean {
    const { start, end, price } = this.period(subscription);
    const total = amount ?? Number(price.unit_amount);
    const paid = total === 0 || !this.chargeFails(this.defaultPaymentMethod(subscription));
    const invoice = this.store.insert({
      id: this.store.newId("invoice"),
      object: "invoice",
      created: at,
      customer: subscription.customer,
      status: paid ? "paid" : "open",
      billing_reason: reason,
      currency: price.currency,
      amount_due: total,
      amount_paid: paid ? total : 0,
      amount_remaining: paid ? 0 : total,
      period_start: start,
      period_end: end,
      attempt_count: 1,
      hosted_invoice_url: null,
      parent: {
        type: "subscription_details",
        subscription_details: { subscription: subscription.id, metadata: subscription.metadata },
      },
      livemode: false,
    });
    this.store.update(subscription, { latest_invoice: invoice.id });
    return paid;
  }

  /** Plan change with proration (the difference for the rest of the period is billed now) or flags. */
  updateSubscription(
    subscription: StripeObject,
    changes: { price?: string; cancelAtPeriodEnd?: boolean; metadata?: Record<string, string> },
  ): StripeObject {
    if (["canceled", "incomplete_expired"].includes(String(subscription.status))) {
      throw invalid("subscription", "A canceled subscription can only update its cancellation_details and metadata.");
    }
    const previous: Record<string, unknown> = {};
    if (changes.metadata) {
      previous.metadata = subscription.metadata;
      subscription.metadata = { ...(subscription.metadata as object), ...changes.metadata };
    }
    if (changes.cancelAtPeriodEnd !== undefined && changes.cancelAtPeriodEnd !== subscription.cancel_at_period_end) {
      Object.assign(previous, {
        cancel_at_period_end: subscription.cancel_at_period_end,
        cancel_at: subscription.cancel_at,
      });
      subscription.cancel_at_period_end = changes.cancelAtPeriodEnd;
      subscription.cancel_at = changes.cancelAtPeriodEnd ? this.period(subscription).end : null;
    }
    const period = this.period(subscription);
    if (changes.price && changes.price !== period.price.id) {
      const price = this.price(changes.price);
      previous.items = structuredClone(subscription.items);
      const now = this.timeOf(String(subscription.customer));
      const left = Math.max(0, period.end - now) / Math.max(1, period.end - period.start);
      const difference = Math.round((Number(price.unit_amount) - Number(period.price.unit_amount)) * left);
      (subscription.items as { data: Array<Record<string, unknown>> }).data[0]!.price = structuredClone(price);
      if (difference > 0 && !this.invoice(subscription, "subscription_update", now, difference)) {
        Object.assign(previous, { status: subscription.status });
        subscription.status = "past_due";
      }
    }
    this.store.update(subscription, {});
    if (Object.keys(previous).length) this.emit("customer.subscription.updated", subscription, previous);
    return subscription;
  }

  cancelSubscription(subscription: StripeObject): StripeObject {
    if (subscription.status === "canceled") return subscription;
    const at = this.timeOf(String(subscription.customer));
    this.store.update(subscription, { status: "canceled", canceled_at: at, ended_at: at });
    this.emit("customer.subscription.deleted", subscription);
    return subscription;
  }

  /** Moves a test clock: every period of its customers' subscriptions that ends meanwhile renews or ends. */
  advanceClock(clock: StripeObject, frozenTime: number): void {
    if (frozenTime <= Number(clock.frozen_time)) {
      throw invalid("frozen_time", "The frozen time must be after the test clock's current frozen time.");
    }
    const customers = new Set(this.store.all("customer", (c) => c.test_clock === clock.id).map((c) => c.id));
    const live = (s: StripeObject) =>
      customers.has(String(s.customer)) && !["canceled", "incomplete_expired"].includes(String(s.status));
    for (;;) {
      const due = this.store.all("subscription", live).filter((s) => this.period(s).end <= frozenTime);
      if (due.length === 0) break;
      for (const subscription of due) {
        const { end, price } = this.period(subscription);
        this.store.update(clock, { frozen_time: end });
        if (subscription.cancel_at_period_end) {
          this.cancelSubscription(subscription);
          continue;
        }
        const interval = (price.recurring as { interval: string }).interval;
        const item = (subscription.items as { data: Array<Record<string, unknown>> }).data[0]!;
        const previous = { status: subscription.status, items: structuredClone(subscription.items) };
        Object.assign(item, { current_period_start: end, current_period_end: MONTH_SECONDS[interval]!(end, 1) });
        const paid = this.invoice(subscription, "subscription_cycle", end);
        this.store.update(subscription, { status: paid ? "active" : "past_due" });
        this.emit("customer.subscription.updated", subscription, previous);
        this.emit(paid ? "invoice.paid" : "invoice.payment_failed", this.latestInvoice(subscription));
      }
    }
    this.store.update(clock, { frozen_time: frozenTime, status: "ready" });
  }
}

/** A customer as `POST /v1/customers` makes it. */
export function newCustomer(
  id: string,
  created: number,
  fields: { email?: string | null; name?: string | null; description?: string | null; testClock?: string | null },
  metadata: Record<string, string> = {},
): StripeObject {
  return {
    id,
    object: "customer",
    created,
    email: fields.email ?? null,
    name: fields.name ?? null,
    description: fields.description ?? null,
    metadata,
    invoice_settings: { default_payment_method: null },
    test_clock: fields.testClock ?? null,
    livemode: false,
  };
}
