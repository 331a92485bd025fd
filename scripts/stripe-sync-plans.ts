// `npm run stripe:sync-plans`: creates or updates the Stripe products and monthly prices of the self-serve plans
// from the plans table. Reads STRIPE_SECRET_KEY (and STRIPE_API_URL for the local Stripe) and DATABASE_URL;
// with the local stack: `env $(npm run --silent stack:env | xargs) npm run stripe:sync-plans`.
import postgres from "postgres";
import Stripe from "stripe";
import { stripeOptions } from "../src/billing/stripe-options.ts";
import { syncStripePlans, type SellablePlan } from "../src/billing/sync-stripe-plans.ts";
import { envSchema } from "../src/env-schema.ts";

const env = envSchema.parse(process.env);
if (!env.STRIPE_SECRET_KEY) throw new Error("STRIPE_SECRET_KEY is not set");
const sql = postgres(env.DATABASE_URL, { max: 1, prepare: false, onnotice: () => {} });
try {
  // Enterprise has no list price: the agency creates its prices per contract with metadata.plan = enterprise.
  const plans = await sql<SellablePlan[]>`
    select key, name, price::float8 as price, currency from public.plans
    where is_public and price > 0 order by sort_order`;
  const stripe = new Stripe(env.STRIPE_SECRET_KEY, stripeOptions(env.STRIPE_API_URL));
  for (const result of await syncStripePlans(stripe, plans)) {
    console.log(`${result.key.padEnd(8)} ${result.lookupKey.padEnd(22)} ${result.price}  ${result.action}`);
  }
} finally {
  await sql.end();
}
