import "server-only";
import { env } from "@/src/env";

/**
 * Whether plans can be changed online yet. Checkout and the customer portal arrive with the billing release;
 * until then the buttons explain why they are disabled, in words that stay true once a Stripe key is set.
 */
export function onlinePaymentStatus(): "not_configured" | "next_release" {
  return env().STRIPE_SECRET_KEY ? "next_release" : "not_configured";
}
