// `npm run stripe:sync-plans`: creates or updates the Stripe products and monthly prices of the self-serve plans
// from the plans table. Reads STRIPE_SECRET_KEY (and STRIPE_API_URL for the local Stripe) and DATABASE_URL;
// with the local stack: `env $(npm run --silent stack:env | xargs) npm run stripe:sync-plans`. `npm run dev`
// runs it against the local Stripe on every start.
import postgres from "postgres";
import Stripe from "stripe";
import { stripeOptions } from "../src/billing/stripe-options.ts";
import { syncStripePlans, type SellablePlan, type SyncResult } from "../src/billing/sync-stripe-plans.ts";
import { envSchema } from "../src/env-schema.ts";

export async function syncPlansFromDatabase(
  databaseUrl: string,
  stripe: { secretKey: string; apiUrl?: string },
): Promise<SyncResult[]> {
  const sql = postgres(databaseUrl, { max: 1, prepare: false, onnotice: () => {} });
  try {
    // Enterprise has no list price: the agency creates its prices per contract with metadata.plan = enterprise.
    const plans = await sql<SellablePlan[]>`
      select key, name, price::float8 as price, currency from public.plans
      where is_public and price > 0 order by sort_order`;
    return await syncStripePlans(new Stripe(stripe.secretKey, stripeOptions(stripe.apiUrl)), plans);
  } finally {
    await sql.end();
  }
}

if (import.meta.main) {
  const env = envSchema.parse(process.env);
  if (!env.STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set");
  const results = await syncPlansFromDatabase(env.DATABASE_URL, {
    secretKey: env.STRIPE_SECRET_KEY,
    apiUrl: env.STRIPE_API_URL,
  });
  for (const result of results) {
    console.log(`${result.key.padEnd(8)} ${result.lookupKey.padEnd(22)} ${result.price}  ${result.action}`);
  }
}
