import type Stripe from "npm:stripe@23.1.0";
import {
  handledEventTypes,
  type SubscriptionState,
  subscriptionOfEvent,
  subscriptionState,
} from "../_shared/stripe-subscription-state.ts";

/** The ledger and the one privileged write, so the handler runs the same over Postgres and in tests. */
export interface WebhookStore {
  /**
   * Records the event before anything else. 'new': first delivery; 'retry': an earlier attempt failed, this one
   * takes over; 'duplicate': already processed, or being processed by a concurrent delivery.
   */
  record(event: Stripe.Event): Promise<"new" | "retry" | "duplicate">;
  finish(eventId: string, outcome: string): Promise<void>;
  fail(eventId: string, error: string): Promise<void>;
  orgOfCustomer(customerId: string): Promise<string | null>;
  apply(state: SubscriptionState & { orgId: string; planKey: string }, stateAt: Date): Promise<string>;
  updateCustomerEmail(customerId: string, email: string | null): Promise<boolean>;
}

export interface WebhookDeps {
  stripe: Stripe;
  cryptoProvider: Stripe.CryptoProvider;
  webhookSecret: string;
  store: WebhookStore;
  /** Seconds a signature's timestamp may be old; Stripe's default is 300. */
  toleranceSeconds?: number;
  log?: (line: string) => void;
}

const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...headers } });

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the event changes. Never the payload itself: the subscription is re-read from Stripe and written behind
 * the event's time, so deliveries in any order and any number converge on Stripe's current state.
 */
async function process(event: Stripe.Event, deps: WebhookDeps, timing: { stripe: number }): Promise<string> {
  if (event.type === "customer.updated") {
    const customer = event.data.object as Stripe.Customer;
    return (await deps.store.updateCustomerEmail(customer.id, customer.email ?? null))
      ? "applied"
      : "ignored: unknown customer";
  }
  const subscriptionId = subscriptionOfEvent(event);
  if (!subscriptionId) return "ignored: not about a subscription";
  const started = performance.now();
  const subscription = await deps.stripe.subscriptions.retrieve(subscriptionId);
  timing.stripe += performance.now() - started;
  const state = subscriptionState(subscription);
  if (!state.orgId && event.type === "checkout.session.completed") {
    const reference = (event.data.object as Stripe.Checkout.Session).client_reference_id;
    state.orgId = reference && UUID.test(reference) ? reference : null;
  }
  const orgId = state.orgId ?? (await deps.store.orgOfCustomer(state.customerId));
  if (!orgId) return "ignored: unknown organization";
  if (!state.planKey) return `ignored: price ${subscription.items.data[0]?.price.id} is not an Arco plan`;
  const outcome = await deps.store.apply({ ...state, orgId, planKey: state.planKey }, new Date(event.created * 1000));
  return outcome === "unknown_organization" ? "ignored: unknown organization" : outcome;
}

/**
 * Stripe's webhook: the signature is checked on the raw body first (400 and nothing recorded when it fails);
 * the event is recorded once by its id; a failure answers 500 so Stripe retries, with the error kept in the
 * ledger. The Server-Timing header splits the Stripe re-read from the rest (the benchmark reads it).
 */
export async function handleStripeWebhook(request: Request, deps: WebhookDeps): Promise<Response> {
  if (request.method !== "POST") return json(405, { error: "method_not_allowed" }, { allow: "POST" });
  const signature = request.headers.get("stripe-signature");
  if (!signature) return json(400, { error: "missing_signature" });
  const body = await request.text();
  let event: Stripe.Event;
  try {
    event = await deps.stripe.webhooks.constructEventAsync(
      body,
      signature,
      deps.webhookSecret,
      deps.toleranceSeconds,
      deps.cryptoProvider,
    );
  } catch {
    return json(400, { error: "invalid_signature" });
  }

  const started = performance.now();
  const timing = { stripe: 0 };
  const serverTiming = () =>
    `stripe;dur=${timing.stripe.toFixed(1)}, app;dur=${(performance.now() - started - timing.stripe).toFixed(1)}`;
  try {
    if (!(handledEventTypes as readonly string[]).includes(event.type)) {
      return json(200, { received: true, ignored: "unhandled type" });
    }
    const recorded = await deps.store.record(event);
    if (recorded === "duplicate") {
      return json(200, { received: true, duplicate: true }, { "server-timing": serverTiming() });
    }
    const outcome = await process(event, deps, timing);
    await deps.store.finish(event.id, outcome);
    return json(200, { received: true, outcome }, { "server-timing": serverTiming() });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    deps.log?.(`stripe-webhook: ${event.type} ${event.id} failed: ${message}`);
    await deps.store.fail(event.id, message).catch(() => {});
    return json(500, { error: "processing_failed" }, { "server-timing": serverTiming() });
  }
}
