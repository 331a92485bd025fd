import "server-only";
import type Stripe from "stripe";
import { appUrl } from "@/src/email/app-url";
import type { Locale } from "@/src/i18n/locales";

/** A Customer Portal session (plan change with proration, payment method, invoices, cancel at period end). */
export async function createPortalSession(
  stripe: Stripe,
  { customer, slug, locale }: { customer: string; slug: string; locale: Locale },
): Promise<string> {
  const session = await stripe.billingPortal.sessions.create({
    customer,
    return_url: appUrl(`/app/${slug}/billing`),
    locale: locale === "pt-BR" ? "pt-BR" : "en",
  });
  return session.url;
}
