import Stripe from "npm:stripe@23.1.0";

/**
 * The official SDK over fetch (Deno has no Node http agent to pool). STRIPE_API_URL points it at the local
 * Stripe; unset, it talks to api.stripe.com.
 */
export function stripeClient(secretKey: string, apiUrl: string | undefined): Stripe {
  const url = apiUrl ? new URL(apiUrl) : null;
  return new Stripe(secretKey, {
    httpClient: Stripe.createFetchHttpClient(),
    maxNetworkRetries: 2,
    ...(url && {
      host: url.hostname,
      port: Number(url.port || (url.protocol === "https:" ? 443 : 80)),
      protocol: url.protocol.replace(":", "") as "http" | "https",
    }),
  });
}

export const cryptoProvider = Stripe.createSubtleCryptoProvider();
