import "server-only";
import type Stripe from "stripe";
import { appUrl } from "@/src/email/app-url";
import { env } from "@/src/env";
import { AppError } from "@/src/errors/app-error";
import type { Locale } from "@/src/i18n/locales";
import type { Workspace } from "@/src/workspace/require-workspace";
import { lookupKeyOf } from "../sync-stripe-plans";

/**
 * A Checkout Session in subscription mode for the plan's monthly price, naming the organization twice (the
 * session's client_reference_id, the subscription's metadata) so the webhook can attribute it either way.
 * Returns to a page that waits for the webhook.
 */
export async function createCheckoutSession(
  stripe: Stripe,
  workspace: Workspace,
  { customer, plan, locale }: { customer: string; plan: string; locale: Locale },
): Promise<string> {
  const { data: prices } = await stripe.prices.list({ lookup_keys: [lookupKeyOf(plan)], active: true, limit: 1 });
  // The plans were never synced to this Stripe account (`npm run stripe:sync-plans`).
  if (!prices[0]) throw new AppError("billing_not_configured", { detail: `no price for ${plan}` });
  const methods = env().STRIPE_PAYMENT_METHODS;
  const collectTaxId = methods.includes("boleto");
  const slug = workspace.organization.slug;
  const session = await stripe.checkout.sessions.create({
    mode: "subscription",
    customer,
    client_reference_id: workspace.organization.id,
    line_items: [{ price: prices[0].id, quantity: 1 }],
    subscription_data: { metadata: { org_id: workspace.organization.id } },
    allowed_payment_method_types: methods,
    // Boleto needs the payer's CPF or CNPJ; Stripe stores it on the customer, so it may update its name too.
    ...(collectTaxId && { tax_id_collection: { enabled: true }, customer_update: { name: "auto", address: "auto" } }),
    locale: locale === "pt-BR" ? "pt-BR" : "en",
    success_url: appUrl(`/app/${slug}/billing/return?session_id={CHECKOUT_SESSION_ID}`),
    cancel_url: appUrl(`/app/${slug}/billing?checkout=canceled`),
  });
  return session.url!;
}
