import type { Service, StackContext } from "../types.ts";
import { createStripeApi } from "./api.ts";
import { LocalStripeEngine } from "./engine.ts";
import { localStripeKeys } from "./keys.ts";
import { createStripePages } from "./pages.ts";
import { StripeStore } from "./store.ts";
import { WebhookSender } from "./webhooks.ts";

export interface LocalStripeOptions {
  /** Where objects persist; omitted keeps them in memory. */
  file?: string;
  /** Webhook endpoint; default the stack's own stripe-webhook function; null delivers nothing. */
  webhookUrl?: string | null;
  retryDelaysMs?: number[];
}

export interface LocalStripe {
  /** `/v1`: the REST API (mounted at the gateway's root, where the SDK's paths start). */
  api: Service;
  /** `/stripe`: the hosted Checkout and portal pages. */
  pages: Service;
  /** What the app and the function read: STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET, STRIPE_API_URL. */
  env: Record<string, string>;
  /** Resolves once every webhook delivery has succeeded or given up (tests and benchmarks). */
  idle: () => Promise<void>;
  /** Whether an object of that type and id is here (the REST API would answer it rather than 404). */
  holds: (object: "customer" | "subscription", id: string) => boolean;
  /** Takes over objects the app's mirror names but this Stripe never issued (see the engine's methods). */
  adoptCustomer: LocalStripeEngine["adoptCustomer"];
  adoptSubscription: LocalStripeEngine["adoptSubscription"];
  close: () => Promise<void>;
}

// Stripe's own schedule is hours apart; these keep its growing shape at a pace development can watch.
const DEFAULT_RETRY_DELAYS_MS = [1_000, 5_000, 30_000, 120_000, 600_000];

/** The local stand-in for Stripe in test mode, served by the stack's gateway. */
export function createLocalStripe(ctx: StackContext, options: LocalStripeOptions = {}): LocalStripe {
  const keys = localStripeKeys(ctx.keys);
  const webhooks = new WebhookSender({
    url: options.webhookUrl === undefined ? `${ctx.apiUrl}/functions/v1/stripe-webhook` : options.webhookUrl,
    secret: keys.webhookSecret,
    retryDelaysMs: options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS,
    log: (line) => console.log(line),
  });
  const engine = new LocalStripeEngine(new StripeStore(options.file), webhooks);
  return {
    api: createStripeApi(engine, keys.secretKey, `${ctx.apiUrl}/stripe`),
    pages: createStripePages(engine),
    env: { STRIPE_SECRET_KEY: keys.secretKey, STRIPE_WEBHOOK_SECRET: keys.webhookSecret, STRIPE_API_URL: ctx.apiUrl },
    idle: () => webhooks.idle(),
    holds: (object, id) => engine.store.find(object, id) !== undefined,
    adoptCustomer: (customer) => engine.adoptCustomer(customer),
    adoptSubscription: (subscription) => engine.adoptSubscription(subscription),
    close: () => webhooks.close(),
  };
}
