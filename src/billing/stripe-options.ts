import type Stripe from "stripe";

/**
 * The SDK's settings for a base URL: the local Stripe (`STRIPE_API_URL` from `npm run --silent stack:env`) or,
 * when unset, api.stripe.com. Shared by the app and the scripts, so both reach the same Stripe.
 */
export function stripeOptions(apiUrl: string | undefined): Stripe.StripeConfig {
  if (!apiUrl) return { maxNetworkRetries: 2 };
  const url = new URL(apiUrl);
  return {
    maxNetworkRetries: 2,
    host: url.hostname,
    port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
    protocol: url.protocol === "https:" ? "https" : "http",
  };
}
