import { join } from "node:path";
import { loadConfig } from "./config.ts";
import { loadKeys } from "./keys.ts";
import { localStripeKeys } from "./stripe/keys.ts";

/** The variables that point a client at a local stack, like `supabase status -o env`. */
export async function stackEnv(dataDir: string, apiUrl?: string, dbUrl?: string): Promise<Record<string, string>> {
  const config = loadConfig();
  const url = apiUrl ?? `http://127.0.0.1:${config.api.port}`;
  const keys = await loadKeys(join(dataDir, "keys.json"), url);
  const stripe = localStripeKeys(keys);
  return {
    SUPABASE_URL: url,
    SUPABASE_ANON_KEY: keys.anonKey,
    SUPABASE_SERVICE_ROLE_KEY: keys.serviceRoleKey,
    DATABASE_URL: dbUrl ?? `postgresql://postgres:postgres@127.0.0.1:${config.db.port}/postgres`,
    MAILBOX_URL: `${url}/mailbox`,
    STRIPE_SECRET_KEY: stripe.secretKey,
    STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
    STRIPE_API_URL: url,
  };
}
