import { timingSafeEqual } from "node:crypto";
import type { Service } from "../types.ts";
import { type LocalStripeEngine, newCustomer, nowSeconds } from "./engine.ts";
import { invalid, StripeApiError } from "./errors.ts";
import { bool, int, list, mergeMetadata, obj, type Params, readParams, required, str } from "./params.ts";
import type { StripeObject } from "./store.ts";

type Handler = (params: Params, id: string | undefined, sub: string | undefined) => unknown;
type Route = { method: string; pattern: RegExp; handler: Handler };

/** Replaces the ids at each `expand[]` path (`subscription`, `data.product`, …) with their objects. */
function expand(engine: LocalStripeEngine, value: unknown, paths: string[]): unknown {
  if (paths.length === 0 || typeof value !== "object" || value === null) return value;
  const copy = structuredClone(value) as Record<string, unknown>;
  const byHead = new Map<string, string[]>();
  for (const path of paths) {
    const [head, ...rest] = path.split(".");
    byHead.set(head!, [...(byHead.get(head!) ?? []), ...(rest.length ? [rest.join(".")] : [])]);
  }
  for (const [head, rest] of byHead) {
    let field = copy[head];
    if (Array.isArray(field)) {
      copy[head] = field.map((item) => expand(engine, item, rest));
      continue;
    }
    if (typeof field === "string") {
      const prefix = field.split("_")[0];
      const type = {
        cus: "customer",
        prod: "product",
        price: "price",
        sub: "subscription",
        in: "invoice",
        pm: "payment_method",
      }[prefix!];
      field = type ? (engine.store.find(type, field) ?? field) : field;
    }
    copy[head] = expand(engine, field, rest);
  }
  return copy;
}

/**
 * `/v1/*`: the subset of Stripe's REST API the app, the stripe-webhook function and the scripts use through
 * the official SDK — customers, products, prices with lookup keys, Checkout and portal sessions,
 * subscriptions, invoices, events and test clocks — with Stripe's bodies, lists, errors and idempotency keys.
 */
export function createStripeApi(engine: LocalStripeEngine, secretKey: string, pagesUrl: string): Service {
  const { store } = engine;
  const idempotent = new Map<string, { status: number; body: string }>();

  const customerUpdate = (customer: StripeObject, p: Params) => {
    const previous: Record<string, unknown> = {};
    for (const field of ["email", "name", "description"] as const) {
      const value = str(p, field);
      if (value !== undefined) {
        previous[field] = customer[field];
        customer[field] = value || null;
      }
    }
    if (p.metadata !== undefined) {
      previous.metadata = customer.metadata;
      customer.metadata = mergeMetadata(customer.metadata, obj(p, "metadata"));
    }
    store.update(customer, {});
    const pm = str(obj(p, "invoice_settings") ?? {}, "default_payment_method");
    if (pm) engine.setDefaultPaymentMethod(customer, store.get("payment_method", pm).id);
    else if (Object.keys(previous).length) engine.emit("customer.updated", customer, previous);
    return customer;
  };

  const priceOf = (p: Params, current?: StripeObject) => {
    const lookupKey = str(p, "lookup_key");
    if (lookupKey !== undefined && lookupKey !== current?.lookup_key) {
      const holder = store.all("price", (x) => x.lookup_key === lookupKey)[0];
      if (holder && !bool(p, "transfer_lookup_key")) {
        throw invalid("lookup_key", `A price (\`${holder.id}\`) already uses that lookup key.`);
      }
      if (holder) store.update(holder, { lookup_key: null });
    }
    return lookupKey;
  };

  const subscriptionFilter = (p: Params) => (s: StripeObject) => {
    const status = str(p, "status");
    const price = str(p, "price");
    if (str(p, "customer") && s.customer !== str(p, "customer")) return false;
    if (price && engine.period(s).price.id !== price) return false;
    if (status === "all") return true;
    if (status) return s.status === status;
    return !["canceled", "incomplete_expired"].includes(String(s.status));
  };

  const routes: Route[] = [];
  const on = (method: string, path: string, handler: Handler) =>
    routes.push({
      method,
      pattern: new RegExp(`^${path.replace(":id", "([\\w-]+)").replace(":sub", "(\\w+)")}$`),
      handler,
    });

  on("POST", "/customers", (p) => {
    const customer: StripeObject = store.insert(
      newCustomer(
        store.newId("customer"),
        nowSeconds(),
        {
          email: str(p, "email"),
          name: str(p, "name"),
          description: str(p, "description"),
          testClock: str(p, "test_clock") ? store.get("test_helpers.test_clock", str(p, "test_clock")!).id : null,
        },
        mergeMetadata({}, obj(p, "metadata")),
      ),
    );
    const token = str(p, "payment_method");
    if (token) {
      const pm = engine.createCard(token, customer.id);
      const settings = obj(p, "invoice_settings");
      if (settings?.default_payment_method) {
        store.update(customer, { invoice_settings: { default_payment_method: pm.id } });
      }
    }
    engine.emit("customer.created", customer);
    return customer;
  });
  on("GET", "/customers/:id", (_, id) => store.get("customer", id!));
  on("POST", "/customers/:id", (p, id) => customerUpdate(store.get("customer", id!), p));
  on("GET", "/customers", (p) =>
    store.list("customer", "/v1/customers", p, (c) => !str(p, "email") || c.email === str(p, "email")),
  );

  on("POST", "/products", (p) =>
    store.insert({
      id: str(p, "id") ?? store.newId("product"),
      object: "product",
      created: nowSeconds(),
      name: required(p, "name"),
      description: str(p, "description") ?? null,
      active: bool(p, "active") ?? true,
      metadata: mergeMetadata({}, obj(p, "metadata")),
      livemode: false,
    }),
  );
  on("GET", "/products/:id", (_, id) => store.get("product", id!));
  on("POST", "/products/:id", (p, id) => {
    const product = store.get("product", id!);
    return store.update(product, {
      name: str(p, "name") ?? product.name,
      description: str(p, "description") ?? product.description,
      active: bool(p, "active") ?? product.active,
      metadata: mergeMetadata(product.metadata, obj(p, "metadata")),
    });
  });
  on("GET", "/products", (p) =>
    store.list("product", "/v1/products", p, (x) => bool(p, "active") === undefined || x.active === bool(p, "active")),
  );

  on("POST", "/prices", (p) => {
    const recurring = obj(p, "recurring");
    const interval = recurring ? required(recurring, "interval") : undefined;
    if (interval && !["day", "week", "month", "year"].includes(interval))
      throw invalid("recurring[interval]", "Invalid interval");
    return store.insert({
      id: store.newId("price"),
      object: "price",
      created: nowSeconds(),
      active: bool(p, "active") ?? true,
      currency: required(p, "currency").toLowerCase(),
      unit_amount: int(p, "unit_amount") ?? 0,
      product: store.get("product", required(p, "product")).id,
      lookup_key: priceOf(p) ?? null,
      nickname: str(p, "nickname") ?? null,
      recurring: interval ? { interval, interval_count: 1, usage_type: "licensed" } : null,
      type: interval ? "recurring" : "one_time",
      metadata: mergeMetadata({}, obj(p, "metadata")),
      livemode: false,
    });
  });
  on("GET", "/prices/:id", (_, id) => store.get("price", id!));
  on("POST", "/prices/:id", (p, id) => {
    const price = store.get("price", id!);
    const lookupKey = priceOf(p, price);
    return store.update(price, {
      active: bool(p, "active") ?? price.active,
      nickname: str(p, "nickname") ?? price.nickname,
      lookup_key: lookupKey === undefined ? price.lookup_key : lookupKey || null,
      metadata: mergeMetadata(price.metadata, obj(p, "metadata")),
    });
  });
  on("GET", "/prices", (p) => {
    const keys = list(p, "lookup_keys").map(String);
    return store.list(
      "price",
      "/v1/prices",
      p,
      (x) =>
        (keys.length === 0 || keys.includes(String(x.lookup_key))) &&
        (bool(p, "active") === undefined || x.active === bool(p, "active")) &&
        (!str(p, "product") || x.product === str(p, "product")),
    );
  });

  on("POST", "/checkout/sessions", (p) => {
    if (str(p, "mode") !== "subscription") throw invalid("mode", "The local Stripe supports subscription mode only.");
    const items = list(p, "line_items") as Params[];
    if (items.length !== 1) throw invalid("line_items", "Exactly one line item is supported.");
    const price = engine.price(required(items[0]!, "price"));
    const customer = str(p, "customer") ? store.get("customer", str(p, "customer")!) : undefined;
    const subscriptionData = obj(p, "subscription_data") ?? {};
    // The current API filters with allowed_payment_method_types; older versions named them payment_method_types.
    const methods = [...list(p, "allowed_payment_method_types"), ...list(p, "payment_method_types")].map(String);
    const id = store.newId("checkout.session");
    return store.insert({
      id,
      object: "checkout.session",
      created: nowSeconds(),
      url: `${pagesUrl}/checkout/${id}`,
      mode: "subscription",
      status: "open",
      payment_status: "unpaid",
      customer: customer?.id ?? null,
      customer_email: str(p, "customer_email") ?? null,
      client_reference_id: str(p, "client_reference_id") ?? null,
      success_url: required(p, "success_url"),
      cancel_url: str(p, "cancel_url") ?? null,
      locale: str(p, "locale") ?? "auto",
      currency: price.currency,
      amount_total: price.unit_amount,
      payment_method_types: methods.length ? methods : ["card"],
      tax_id_collection: { enabled: bool(obj(p, "tax_id_collection") ?? {}, "enabled") ?? false },
      customer_details: null,
      metadata: mergeMetadata({}, obj(p, "metadata")),
      subscription: null,
      expires_at: nowSeconds() + 24 * 3600,
      livemode: false,
      line_items_price: price.id,
      subscription_metadata: mergeMetadata({}, obj(subscriptionData, "metadata")),
    });
  });
  on("GET", "/checkout/sessions/:id", (_, id) => store.get("checkout.session", id!));

  on("POST", "/billing_portal/sessions", (p) => {
    const id = store.newId("billing_portal.session");
    return store.insert({
      id,
      object: "billing_portal.session",
      created: nowSeconds(),
      customer: store.get("customer", required(p, "customer")).id,
      return_url: str(p, "return_url") ?? null,
      url: `${pagesUrl}/portal/${id}`,
      locale: str(p, "locale") ?? null,
      livemode: false,
    });
  });

  on("POST", "/subscriptions", (p) => {
    const items = list(p, "items") as Params[];
    if (items.length !== 1) throw invalid("items", "Exactly one subscription item is supported.");
    const pm = str(p, "default_payment_method");
    return engine.createSubscription({
      customer: store.get("customer", required(p, "customer")).id,
      price: required(items[0]!, "price"),
      metadata: mergeMetadata({}, obj(p, "metadata")),
      defaultPaymentMethod: pm ? store.get("payment_method", pm).id : null,
    });
  });
  on("GET", "/subscriptions/:id", (_, id) => store.get("subscription", id!));
  on("POST", "/subscriptions/:id", (p, id) => {
    const items = list(p, "items") as Params[];
    return engine.updateSubscription(store.get("subscription", id!), {
      price: items[0] ? required(items[0], "price") : undefined,
      cancelAtPeriodEnd: bool(p, "cancel_at_period_end"),
      metadata: p.metadata === undefined ? undefined : mergeMetadata({}, obj(p, "metadata")),
    });
  });
  on("DELETE", "/subscriptions/:id", (_, id) => engine.cancelSubscription(store.get("subscription", id!)));
  on("GET", "/subscriptions", (p) => store.list("subscription", "/v1/subscriptions", p, subscriptionFilter(p)));

  on("GET", "/invoices/:id", (_, id) => store.get("invoice", id!));
  on("GET", "/invoices", (p) =>
    store.list(
      "invoice",
      "/v1/invoices",
      p,
      (i) =>
        (!str(p, "customer") || i.customer === str(p, "customer")) &&
        (!str(p, "subscription") ||
          (i.parent as { subscription_details: { subscription: string } }).subscription_details.subscription ===
            str(p, "subscription")),
    ),
  );

  on("GET", "/payment_methods/:id", (_, id) => store.get("payment_method", id!));
  // Stripe's test tokens (pm_card_visa, pm_card_chargeCustomerFail, …) attach as a new payment method each time.
  on("POST", "/payment_methods/:id/attach", (p, id) => {
    const customer = store.get("customer", required(p, "customer")).id;
    const existing = store.find("payment_method", id!);
    return existing ? store.update(existing, { customer }) : engine.createCard(id!, customer);
  });

  on("GET", "/events/:id", (_, id) => store.get("event", id!));
  on("GET", "/events", (p) => {
    const types = [str(p, "type"), ...list(p, "types").map(String)].filter(Boolean);
    return store.list("event", "/v1/events", p, (e) => types.length === 0 || types.includes(String(e.type)));
  });

  on("POST", "/test_helpers/test_clocks", (p) =>
    store.insert({
      id: store.newId("test_helpers.test_clock"),
      object: "test_helpers.test_clock",
      created: nowSeconds(),
      frozen_time: int(p, "frozen_time") ?? nowSeconds(),
      name: str(p, "name") ?? null,
      status: "ready",
      livemode: false,
    }),
  );
  on("GET", "/test_helpers/test_clocks/:id", (_, id) => store.get("test_helpers.test_clock", id!));
  on("POST", "/test_helpers/test_clocks/:id/advance", (p, id) => {
    const clock = store.get("test_helpers.test_clock", id!);
    const frozenTime = int(p, "frozen_time");
    if (frozenTime === undefined) throw invalid("frozen_time", "Missing required param: frozen_time.");
    engine.advanceClock(clock, frozenTime);
    return clock;
  });

  // As Stripe: the key as a Bearer token (the SDKs) or as the Basic username (`curl -u sk_test_…:`).
  const presentedKey = (header: string) => {
    const bearer = /^Bearer (.+)$/.exec(header)?.[1];
    if (bearer) return bearer;
    const basic = /^Basic (.+)$/.exec(header)?.[1];
    return basic ? Buffer.from(basic, "base64").toString("utf8").split(":")[0]! : "";
  };
  const authorized = (req: Request) => {
    const given = Buffer.from(presentedKey(req.headers.get("authorization") ?? ""));
    const expected = Buffer.from(secretKey);
    return given.length === expected.length && timingSafeEqual(given, expected);
  };

  return {
    async handle(req, { path }) {
      try {
        if (!authorized(req)) {
          throw new StripeApiError(401, "authentication_error", "Invalid API Key provided.");
        }
        const key = req.method === "POST" ? req.headers.get("idempotency-key") : null;
        const replay = key ? idempotent.get(key) : undefined;
        if (replay) {
          return new Response(replay.body, {
            status: replay.status,
            headers: { "content-type": "application/json", "idempotent-replayed": "true" },
          });
        }
        const params = await readParams(req);
        for (const route of routes) {
          const match = route.method === req.method ? route.pattern.exec(path) : null;
          if (!match) continue;
          const result = route.handler(params, match[1], match[2]);
          const paths = list(params, "expand").map(String);
          const body = JSON.stringify(expand(engine, result, paths));
          if (key) idempotent.set(key, { status: 200, body });
          return new Response(body, {
            headers: { "content-type": "application/json", "request-id": `req_${Date.now()}` },
          });
        }
        throw new StripeApiError(404, "invalid_request_error", `Unrecognized request URL (${req.method}: /v1${path}).`);
      } catch (error) {
        if (error instanceof StripeApiError) return error.toResponse();
        console.error("local stripe: unexpected error", error);
        return new StripeApiError(500, "api_error", "An unexpected error occurred in the local Stripe.").toResponse();
      }
    },
  };
}
