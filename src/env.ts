import "server-only";
import { z } from "zod";

/**
 * The only place that reads process.env. Values are validated once, at first use, so a missing or malformed
 * setting fails loudly with its name instead of surfacing later as an obscure error.
 */
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  /** Public base URL of the app, used in emails and OAuth redirects. */
  APP_URL: z.url().default("http://127.0.0.1:3000"),
  SUPABASE_URL: z.url(),
  SUPABASE_ANON_KEY: z.string().min(1),
  SUPABASE_SERVICE_ROLE_KEY: z.string().min(1),
  /** Postgres for the Drizzle clients; on hosted Supabase, the pooler's transaction-mode URL. */
  DATABASE_URL: z.string().min(1),
  /** Inngest Cloud (or self-hosted). Without an event key, jobs run on the in-process local scheduler. */
  INNGEST_EVENT_KEY: optionalString,
  INNGEST_SIGNING_KEY: optionalString,
  INNGEST_BASE_URL: optionalUrl,
  /** Email: Resend when a key is set, otherwise the local stack's mailbox at MAILBOX_URL. */
  RESEND_API_KEY: optionalString,
  RESEND_BASE_URL: optionalUrl,
  EMAIL_FROM: z.string().default("Arco <no-reply@arco.local>"),
  MAILBOX_URL: optionalUrl,
  STRIPE_SECRET_KEY: optionalString,
  STRIPE_WEBHOOK_SECRET: optionalString,
  STRIPE_API_BASE: optionalUrl,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
});

export type Env = z.infer<typeof envSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = envSchema.safeParse(process.env);
    if (!parsed.success) {
      const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ");
      throw new Error(`Invalid environment: ${problems}`);
    }
    cached = parsed.data;
  }
  return cached;
}
