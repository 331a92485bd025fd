import { handleStripeWebhook, type WebhookStore } from "./handler.ts";
import { cryptoProvider, stripeClient } from "./stripe-client.ts";
import type { SubscriptionState } from "../_shared/stripe-subscription-state.ts";

function assertEquals(actual: unknown, expected: unknown, message?: string) {
  if (JSON.stringify(actual) !== JSON.stringify(expected)) {
    throw new Error(
      `${message ?? "assertEquals"}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`,
    );
  }
}

const SECRET = "whsec_test_secret";
const ORG = "6f1c2b0e-3d4a-4b5c-8d9e-0f1a2b3c4d5e";

/** The subscriptions Stripe's API answers with (a real HTTP server the official SDK calls). */
const subscriptions = new Map<string, Record<string, unknown>>();

function subscription(id: string, fields: Record<string, unknown> = {}, price: Record<string, unknown> = {}) {
  const value = {
    id,
    object: "subscription",
    customer: "cus_1",
    status: "active",
    metadata: { org_id: ORG },
    cancel_at_period_end: false,
    canceled_at: null,
    items: {
      object: "list",
      data: [
        {
          id: "si_1",
          object: "subscription_item",
          current_period_start: 1_796_083_200,
          current_period_end: 1_798_761_600,
          price: {
            id: "price_pro",
            object: "price",
            lookup_key: "arco_pro_monthly",
            unit_amount: 89_700,
            currency: "brl",
            recurring: { interval: "month" },
            metadata: {},
            ...price,
          },
        },
      ],
    },
    ...fields,
  };
  subscriptions.set(id, value);
  return value;
}

const server = Deno.serve({ port: 0, hostname: "127.0.0.1", onListen: () => {} }, (request) => {
  const id = new URL(request.url).pathname.split("/").at(-1)!;
  const found = subscriptions.get(id);
  return found
    ? Response.json(found)
    : Response.json(
        {
          error: { type: "invalid_request_error", code: "resource_missing", message: `No such subscription: '${id}'` },
        },
        { status: 404 },
      );
});

/** The ledger and tier writes in memory, with the same answers as the Postgres store. */
function memoryStore() {
  const ledger = new Map<string, { outcome?: string; error?: string; processed: boolean }>();
  const applied: Array<SubscriptionState & { stateAt: string }> = [];
  const emails = new Map<string, string | null>([["cus_1", null]]);
  const store: WebhookStore = {
    record(event) {
      const row = ledger.get(event.id);
      if (!row) {
        ledger.set(event.id, { processed: false });
        return Promise.resolve("new");
      }
      if (!row.processed && row.error) {
        row.error = undefined;
        return Promise.resolve("retry");
      }
      return Promise.resolve("duplicate");
    },
    finish(id, outcome) {
      Object.assign(ledger.get(id)!, { outcome, processed: true, error: undefined });
      return Promise.resolve();
    },
    fail(id, error) {
      ledger.get(id)!.error = error;
      return Promise.resolve();
    },
    orgOfCustomer: (id) => Promise.resolve(id === "cus_known" ? ORG : null),
    apply(state, stateAt) {
      applied.push({ ...state, stateAt: stateAt.toISOString() });
      return Promise.resolve("applied");
    },
    updateCustomerEmail(id, email) {
      if (!emails.has(id)) return Promise.resolve(false);
      emails.set(id, email);
      return Promise.resolve(true);
    },
  };
  return { store, ledger, applied, emails };
}

const stripe = stripeClient("sk_test_deno", `http://127.0.0.1:${server.addr.port}`);

function setup() {
  const memory = memoryStore();
  const deps = { stripe, cryptoProvider, webhookSecret: SECRET, store: memory.store };
  const post = async (payload: string, header?: string) => {
    const signature =
      header ?? (await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET, cryptoProvider }));
    return handleStripeWebhook(
      new Request("http://fn/stripe-webhook", {
        method: "POST",
        headers: { "stripe-signature": signature },
        body: payload,
      }),
      deps,
    );
  };
  const send = async (type: string, object: Record<string, unknown>, id = `evt_${crypto.randomUUID()}`) => {
    const response = await post(
      JSON.stringify({ id, object: "event", type, created: 1_796_083_260, data: { object } }),
    );
    return { status: response.status, body: await response.json(), timing: response.headers.get("server-timing") };
  };
  return { ...memory, post, send };
}

Deno.test("refuses a request without a signature, with a wrong one, an old one or an altered body", async () => {
  const { post, ledger } = setup();
  const payload = JSON.stringify({
    id: "evt_sig",
    object: "event",
    type: "customer.subscription.updated",
    created: 1,
    data: { object: { id: "sub_1" } },
  });
  assertEquals((await post(payload, "")).status, 400, "missing");
  const wrong = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: "whsec_other", cryptoProvider });
  assertEquals((await post(payload, wrong)).status, 400, "wrong secret");
  const old = await stripe.webhooks.generateTestHeaderStringAsync({
    payload,
    secret: SECRET,
    cryptoProvider,
    timestamp: Math.floor(Date.now() / 1000) - 301,
  });
  assertEquals((await post(payload, old)).status, 400, "outside the tolerance");
  const signed = await stripe.webhooks.generateTestHeaderStringAsync({ payload, secret: SECRET, cryptoProvider });
  assertEquals((await post(payload.replace("sub_1", "sub_2"), signed)).status, 400, "altered body");
  assertEquals(ledger.size, 0, "nothing recorded");
  const get = await handleStripeWebhook(new Request("http://fn/stripe-webhook"), {
    stripe,
    cryptoProvider,
    webhookSecret: SECRET,
    store: memoryStore().store,
  });
  assertEquals(get.status, 405, "only POST");
});

Deno.test("a duplicate delivery answers 200 and does nothing", async () => {
  const { send, applied } = setup();
  subscription("sub_dup");
  const first = await send("customer.subscription.updated", { id: "sub_dup" }, "evt_dup");
  const second = await send("customer.subscription.updated", { id: "sub_dup" }, "evt_dup");
  assertEquals([first.status, first.body.outcome], [200, "applied"]);
  assertEquals([second.status, second.body.duplicate], [200, true]);
  assertEquals(applied.length, 1, "one effect");
});

Deno.test("every subscription event type re-reads the subscription and applies its current state", async () => {
  const { send, applied } = setup();
  subscription("sub_types", { status: "past_due", cancel_at_period_end: true });
  const types = [
    "customer.subscription.created",
    "customer.subscription.updated",
    "customer.subscription.deleted",
    "customer.subscription.paused",
    "customer.subscription.resumed",
  ];
  for (const type of types) {
    // The payload says "active"; the re-read says past due: the re-read wins.
    assertEquals((await send(type, { id: "sub_types", status: "active" })).body.outcome, "applied", type);
  }
  assertEquals(applied.length, types.length);
  const last = applied.at(-1)!;
  assertEquals(
    [last.orgId, last.planKey, last.status, last.cancelAtPeriodEnd, last.amount, last.currency, last.interval],
    [ORG, "pro", "past_due", true, 897, "brl", "month"],
  );
  assertEquals(last.stateAt, new Date(1_796_083_260 * 1000).toISOString(), "the event's time is the watermark");
});

Deno.test("invoice events apply their subscription; an invoice outside subscriptions is ignored", async () => {
  const { send, applied } = setup();
  subscription("sub_inv");
  for (const type of ["invoice.paid", "invoice.payment_failed", "invoice.payment_action_required"]) {
    const answer = await send(type, {
      id: "in_1",
      object: "invoice",
      parent: { type: "subscription_details", subscription_details: { subscription: "sub_inv" } },
    });
    assertEquals(answer.body.outcome, "applied", type);
  }
  assertEquals(
    applied.map((a) => a.subscriptionId),
    ["sub_inv", "sub_inv", "sub_inv"],
  );
  assertEquals(
    (await send("invoice.paid", { id: "in_2", object: "invoice", parent: null })).body.outcome,
    "ignored: not about a subscription",
  );
});

Deno.test("checkout.session.completed names the organization through client_reference_id", async () => {
  const { send, applied } = setup();
  subscription("sub_checkout", { metadata: {} });
  const answer = await send("checkout.session.completed", {
    id: "cs_1",
    mode: "subscription",
    subscription: "sub_checkout",
    client_reference_id: ORG,
  });
  assertEquals(answer.body.outcome, "applied");
  assertEquals(applied[0]!.orgId, ORG);
  assertEquals(
    (await send("checkout.session.completed", { id: "cs_2", mode: "payment", subscription: null })).body.outcome,
    "ignored: not about a subscription",
  );
});

Deno.test(
  "the organization falls back to the recorded customer; unknown ones are ignored with the reason",
  async () => {
    const { send, applied } = setup();
    subscription("sub_known", { metadata: {}, customer: "cus_known" });
    subscription("sub_stranger", { metadata: {}, customer: "cus_stranger" });
    assertEquals((await send("customer.subscription.updated", { id: "sub_known" })).body.outcome, "applied");
    assertEquals(applied[0]!.orgId, ORG);
    assertEquals(
      (await send("customer.subscription.updated", { id: "sub_stranger" })).body.outcome,
      "ignored: unknown organization",
    );
  },
);

Deno.test("plans come from the lookup key, or metadata.plan for the agency's contract prices", async () => {
  const { send, applied } = setup();
  subscription(
    "sub_enterprise",
    {},
    { id: "price_contract", lookup_key: null, metadata: { plan: "enterprise" }, unit_amount: 450_000 },
  );
  subscription("sub_foreign", {}, { id: "price_other", lookup_key: "someone_else", metadata: {} });
  assertEquals((await send("customer.subscription.created", { id: "sub_enterprise" })).body.outcome, "applied");
  assertEquals([applied[0]!.planKey, applied[0]!.amount], ["enterprise", 4500]);
  assertEquals(
    (await send("customer.subscription.created", { id: "sub_foreign" })).body.outcome,
    "ignored: price price_other is not an Arco plan",
  );
});

Deno.test("customer.updated records the email of a known customer", async () => {
  const { send, emails } = setup();
  assertEquals(
    (await send("customer.updated", { id: "cus_1", object: "customer", email: "finance@acme.test" })).body.outcome,
    "applied",
  );
  assertEquals(emails.get("cus_1"), "finance@acme.test");
  assertEquals(
    (await send("customer.updated", { id: "cus_x", object: "customer", email: null })).body.outcome,
    "ignored: unknown customer",
  );
});

Deno.test("a failure answers 500 with the error in the ledger; the retry takes it over", async () => {
  const { send, ledger } = setup();
  const first = await send("customer.subscription.updated", { id: "sub_gone" }, "evt_fail");
  assertEquals(first.status, 500);
  assertEquals(ledger.get("evt_fail")!.error?.includes("No such subscription"), true, "error kept");
  subscription("sub_gone");
  const retry = await send("customer.subscription.updated", { id: "sub_gone" }, "evt_fail");
  assertEquals([retry.status, retry.body.outcome, ledger.get("evt_fail")!.processed], [200, "applied", true]);
  assertEquals(retry.timing?.startsWith("stripe;dur="), true, "the Stripe re-read is timed apart");
});

Deno.test("an unhandled event type is acknowledged and not recorded", async () => {
  const { send, ledger } = setup();
  assertEquals((await send("charge.refunded", { id: "ch_1" })).body, { received: true, ignored: "unhandled type" });
  assertEquals(ledger.size, 0);
});

// The fake Stripe API outlives the tests above; closed once they are done (Deno.test has no afterAll).
Deno.test("closes the fake Stripe API", async () => {
  await server.shutdown();
});
