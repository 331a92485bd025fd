import type { Service } from "../types.ts";
import { type LocalStripeEngine, nowSeconds } from "./engine.ts";
import { StripeApiError } from "./errors.ts";
import type { StripeObject } from "./store.ts";

const escape = (text: unknown) => String(text ?? "").replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const money = (amount: unknown, currency: unknown) =>
  new Intl.NumberFormat("pt-BR", { style: "currency", currency: String(currency).toUpperCase() }).format(
    Number(amount) / 100,
  );

const date = (seconds: unknown) => new Date(Number(seconds) * 1000).toISOString().slice(0, 10);

function page(title: string, body: string, status = 200): Response {
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} · Local Stripe</title>
<style>body{font-family:system-ui,sans-serif;max-width:34rem;margin:2rem auto;padding:0 1rem;color:#1a1a2e}
label{display:block;margin:.75rem 0 .25rem;font-weight:600}input,select{width:100%;padding:.5rem;font-size:1rem;box-sizing:border-box}
button{margin-top:1rem;padding:.6rem 1rem;font-size:1rem;background:#533afd;color:#fff;border:0;border-radius:6px;cursor:pointer}
button.secondary{background:#fff;color:#533afd;border:1px solid #533afd}[role=alert]{color:#b00020;font-weight:600}
.note{color:#555;font-size:.9rem}table{width:100%;border-collapse:collapse}td,th{text-align:left;padding:.3rem;border-bottom:1px solid #ddd}</style>
</head><body><main><p class="note">Local Stripe (test mode)</p><h1>${escape(title)}</h1>${body}</main></body></html>`;
  return new Response(html, { status, headers: { "content-type": "text/html; charset=utf-8" } });
}

const redirect = (location: string) => new Response(null, { status: 303, headers: { location } });

/**
 * `/stripe/*`: the hosted pages Stripe serves on its own domain — Checkout (pay for a subscription with a test
 * card, boleto or Pix where the session offers them) and the customer portal (change plan, payment method,
 * invoices, cancel at period end).
 */
export function createStripePages(engine: LocalStripeEngine): Service {
  const { store } = engine;

  function checkoutForm(session: StripeObject, error?: string): Response {
    const price = store.get("price", String(session.line_items_price));
    const product = store.get("product", String(price.product));
    const methods = session.payment_method_types as string[];
    const taxId = (session.tax_id_collection as { enabled: boolean }).enabled || methods.includes("boleto");
    return page(
      `Subscribe to ${product.name}`,
      `<p>${escape(money(price.unit_amount, price.currency))} per ${escape((price.recurring as { interval: string }).interval)}</p>
${error ? `<p role="alert">${escape(error)}</p>` : ""}
<form method="post">
${methods.length > 1 ? `<label for="method">Payment method</label><select id="method" name="method">${methods.map((m) => `<option value="${escape(m)}">${escape(m)}</option>`).join("")}</select>` : `<input type="hidden" name="method" value="card">`}
<label for="card">Card number</label><input id="card" name="card" inputmode="numeric" autocomplete="cc-number" placeholder="4242 4242 4242 4242">
<label for="name">Name on card</label><input id="name" name="name" autocomplete="cc-name">
${taxId ? `<label for="tax_id">CPF or CNPJ</label><input id="tax_id" name="tax_id">` : ""}
<button type="submit">Subscribe</button></form>
${session.cancel_url ? `<p><a href="${escape(session.cancel_url)}">Back</a></p>` : ""}`,
      error ? 402 : 200,
    );
  }

  function pay(session: StripeObject, form: FormData): Response {
    if (session.status !== "open")
      return redirect(String(session.success_url).replace("{CHECKOUT_SESSION_ID}", session.id));
    const method = String(form.get("method") ?? "card");
    const taxId = String(form.get("tax_id") ?? "").replace(/\D/g, "");
    if (method === "boleto" && taxId.length !== 11 && taxId.length !== 14) {
      return checkoutForm(session, "Boleto needs a valid CPF (11 digits) or CNPJ (14 digits).");
    }
    const customer = session.customer
      ? store.get("customer", String(session.customer))
      : store.insert({
          id: store.newId("customer"),
          object: "customer",
          created: nowSeconds(),
          email: session.customer_email,
          name: null,
          description: null,
          metadata: {},
          invoice_settings: { default_payment_method: null },
          test_clock: null,
          livemode: false,
        });
    // Boleto and Pix settle at once here (Stripe's test mode settles them after a short wait).
    const card = method === "card" ? String(form.get("card") ?? "") : "4242424242424242";
    let pmId: string;
    try {
      const pm = engine.createCard(card, customer.id);
      if (engine.chargeFails(pm.id)) {
        throw new StripeApiError(402, "card_error", "Your card was declined.", { code: "card_declined" });
      }
      pmId = pm.id;
    } catch (error) {
      if (error instanceof StripeApiError) return checkoutForm(session, error.message);
      throw error;
    }
    engine.setDefaultPaymentMethod(customer, pmId);
    const subscription = engine.createSubscription({
      customer: customer.id,
      price: String(session.line_items_price),
      metadata: session.subscription_metadata as Record<string, string>,
    });
    store.update(session, {
      status: "complete",
      payment_status: "paid",
      customer: customer.id,
      subscription: subscription.id,
      customer_details: {
        email: customer.email,
        name: String(form.get("name") ?? "") || null,
        tax_ids: taxId ? [{ type: taxId.length === 11 ? "br_cpf" : "br_cnpj", value: taxId }] : [],
      },
    });
    engine.emit("checkout.session.completed", session);
    return redirect(String(session.success_url).replace("{CHECKOUT_SESSION_ID}", session.id));
  }

  function portal(session: StripeObject, notice?: string): Response {
    const customer = store.get("customer", String(session.customer));
    const subscriptions = store.all(
      "subscription",
      (s) => s.customer === customer.id && !["canceled", "incomplete_expired"].includes(String(s.status)),
    );
    const prices = store.all("price", (p) => Boolean(p.active && p.recurring && p.lookup_key));
    const pm = (customer.invoice_settings as { default_payment_method: string | null }).default_payment_method;
    const card = pm ? (store.get("payment_method", pm).card as { brand: string; last4: string }) : null;
    const invoices = store.all("invoice", (i) => i.customer === customer.id).reverse();
    const blocks = subscriptions.map((s) => {
      const { end, price } = engine.period(s);
      const product = store.get("product", String(price.product));
      return `<section aria-labelledby="h-${s.id}"><h2 id="h-${s.id}">${escape(product.name)} · ${escape(money(price.unit_amount, price.currency))}</h2>
<p>Status: ${escape(s.status)}. ${s.cancel_at_period_end ? `Cancels on ${date(end)}.` : `Renews on ${date(end)}.`}</p>
<form method="post" action="./${session.id}/plan"><input type="hidden" name="subscription" value="${s.id}">
<label for="price-${s.id}">Change plan</label><select id="price-${s.id}" name="price">${prices.map((p) => `<option value="${p.id}"${p.id === price.id ? " selected" : ""}>${escape(store.get("product", String(p.product)).name)} · ${escape(money(p.unit_amount, p.currency))}</option>`).join("")}</select>
<button type="submit">Update plan</button></form>
<form method="post" action="./${session.id}/${s.cancel_at_period_end ? "renew" : "cancel"}"><input type="hidden" name="subscription" value="${s.id}">
<button type="submit" class="secondary">${s.cancel_at_period_end ? "Renew plan" : "Cancel plan"}</button></form></section>`;
    });
    return page(
      "Manage your subscription",
      `${notice ? `<p role="status">${escape(notice)}</p>` : ""}${blocks.join("") || "<p>No active subscription.</p>"}
<section aria-labelledby="h-pm"><h2 id="h-pm">Payment method</h2><p>${card ? `${escape(card.brand)} ending in ${escape(card.last4)}` : "None"}</p>
<form method="post" action="./${session.id}/payment-method"><label for="card">New card number</label><input id="card" name="card" inputmode="numeric" autocomplete="cc-number">
<button type="submit" class="secondary">Update payment method</button></form></section>
<section aria-labelledby="h-inv"><h2 id="h-inv">Invoices</h2><table><thead><tr><th scope="col">Date</th><th scope="col">Amount</th><th scope="col">Status</th></tr></thead><tbody>
${invoices.map((i) => `<tr><td>${date(i.created)}</td><td>${escape(money(i.amount_due, i.currency))}</td><td>${escape(i.status)}</td></tr>`).join("")}</tbody></table></section>
${session.return_url ? `<p><a href="${escape(session.return_url)}">Return</a></p>` : ""}`,
    );
  }

  function portalAction(session: StripeObject, action: string, form: FormData): Response {
    const customerId = String(session.customer);
    const own = (id: FormDataEntryValue | null) => {
      const subscription = store.get("subscription", String(id));
      if (subscription.customer !== customerId)
        throw new StripeApiError(404, "invalid_request_error", "No such subscription");
      return subscription;
    };
    if (action === "plan")
      engine.updateSubscription(own(form.get("subscription")), { price: String(form.get("price")) });
    else if (action === "cancel") engine.updateSubscription(own(form.get("subscription")), { cancelAtPeriodEnd: true });
    else if (action === "renew") engine.updateSubscription(own(form.get("subscription")), { cancelAtPeriodEnd: false });
    else if (action === "payment-method") {
      try {
        engine.setDefaultPaymentMethod(
          store.get("customer", customerId),
          engine.createCard(String(form.get("card") ?? ""), customerId).id,
        );
      } catch (error) {
        if (error instanceof StripeApiError) return portal(session, error.message);
        throw error;
      }
    } else return page("Not found", "<p>No such page.</p>", 404);
    return redirect(`../${session.id}?updated=${action}`);
  }

  return {
    async handle(req, { path }) {
      try {
        const [, kind, id, action] = path.split("/");
        if (kind === "checkout" && id) {
          const session = store.get("checkout.session", id);
          return req.method === "POST" ? pay(session, await req.formData()) : checkoutForm(session);
        }
        if (kind === "portal" && id) {
          const session = store.get("billing_portal.session", id);
          if (req.method === "POST" && action) return portalAction(session, action, await req.formData());
          const updated = new URL(req.url).searchParams.get("updated");
          return portal(session, updated ? "Your subscription was updated." : undefined);
        }
        return page("Not found", "<p>No such page.</p>", 404);
      } catch (error) {
        if (error instanceof StripeApiError) return page("Not found", `<p>${escape(error.message)}</p>`, error.status);
        throw error;
      }
    },
  };
}
