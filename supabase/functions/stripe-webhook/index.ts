import { handleStripeWebhook } from "./handler.ts";
import { postgresStore } from "./postgres-store.ts";
import { cryptoProvider, stripeClient } from "./stripe-client.ts";

const env = (name: string) => {
  const value = Deno.env.get(name);
  if (!value) throw new Error(`stripe-webhook: ${name} is not set`);
  return value;
};

const deps = {
  stripe: stripeClient(env("STRIPE_SECRET_KEY"), Deno.env.get("STRIPE_API_URL") || undefined),
  cryptoProvider,
  webhookSecret: env("STRIPE_WEBHOOK_SECRET"),
  store: postgresStore(env("SUPABASE_DB_URL")),
  log: (line: string) => console.error(line),
};

Deno.serve((request) => handleStripeWebhook(request, deps));
