import "server-only";
import Stripe from "stripe";
import { env } from "@/src/env";
import { stripeOptions } from "./stripe-options";

let client: Stripe | undefined;

/** The official Stripe SDK with the configured key, or null when billing is not configured. */
export function stripeClient(): Stripe | null {
  const { STRIPE_SECRET_KEY, STRIPE_API_URL } = env();
  if (!STRIPE_SECRET_KEY) return null;
  client ??= new Stripe(STRIPE_SECRET_KEY, stripeOptions(STRIPE_API_URL));
  return client;
}
