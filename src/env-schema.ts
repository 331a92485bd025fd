import { z } from "zod";

/**
 * The settings Arco reads, validated. Apart from `env.ts` (which reads them, server-only) so that tool
 * configuration outside the app, like drizzle.config.ts, validates the same way.
 */
const optionalUrl = z.preprocess((v) => (v === "" ? undefined : v), z.url().optional());
const optionalString = z.preprocess((v) => (v === "" ? undefined : v), z.string().optional());

export const envSchema = z.object({
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
  /** The local Stripe (`npm run --silent stack:env`); unset, the SDK talks to api.stripe.com. */
  STRIPE_API_URL: optionalUrl,
  /**
   * Payment methods Checkout offers, comma-separated: `card` always; `boleto` and `pix` where the Stripe account
   * has them enabled (Brazil). With boleto, Checkout collects the payer's CPF/CNPJ.
   */
  STRIPE_PAYMENT_METHODS: z
    .preprocess((v) => (v === "" || v === undefined ? "card" : v), z.string())
    .transform((v) => [...new Set(["card", ...v.split(",").map((m) => m.trim())])])
    .pipe(z.array(z.enum(["card", "boleto", "pix"]))),
  /**
   * The keys that seal clients' stored secrets (their own OpenAI keys, ad platforms' tokens) with AES-256-GCM:
   * `id:base64key,id:base64key`, 32 bytes each, the first sealing and all opening (rotation). Without it, one key
   * derived from SUPABASE_SERVICE_ROLE_KEY (id `derived`) is used, so rotating that key needs this one set first.
   */
  ARCO_ENCRYPTION_KEYS: optionalString,
  OPENAI_API_KEY: optionalString,
  OPENAI_BASE_URL: optionalUrl,
  /** The chat model AI insights are written with (structured outputs required). */
  OPENAI_INSIGHTS_MODEL: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("gpt-4o-mini")),
  /**
   * Key of the HMAC that turns a lead id into its unsubscribe token, so jobs can rebuild the link while only
   * the token's sha256 is stored. Without it, a key derived from SUPABASE_SERVICE_ROLE_KEY is used.
   */
  LEAD_UNSUBSCRIBE_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32).optional()),
  /** HubSpot private-app token: leads are exported to HubSpot's contacts when it is set, and not at all otherwise. */
  HUBSPOT_ACCESS_TOKEN: optionalString,
  HUBSPOT_BASE_URL: optionalUrl,
  /**
   * Lets the URL analyzer fetch loopback addresses (local fixture sites in development and tests). Off in
   * production; private, link-local and cloud metadata addresses stay refused either way.
   */
  ARCO_ANALYZER_ALLOW_LOOPBACK: z
    .preprocess((v) => (v === "" ? undefined : v), z.enum(["0", "1", "false", "true"]).default("0"))
    .transform((v) => v === "1" || v === "true"),
  /**
   * How many proxies in front of the app append to X-Forwarded-For (a load balancer, a CDN). 0: the app is
   * reached directly and the client IP is the connection's; N: the client IP is the N-th address from the
   * right of X-Forwarded-For. Only raise it when every request passes through those proxies.
   */
  ARCO_TRUSTED_PROXY_HOPS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(0).max(10).default(0),
  ),
  /** Anonymous analyzer limits per day (sliding 24 h window): new analyses per IP and per email. */
  ARCO_ANALYZER_LIMIT_PER_IP: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(1).default(3),
  ),
  ARCO_ANALYZER_LIMIT_PER_EMAIL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(1).default(10),
  ),
  /** Emails given for an existing analysis (the report's email gate, a cached submission) per IP and per email. */
  ARCO_ANALYZER_EMAIL_GATE_LIMIT_PER_IP: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(1).default(10),
  ),
  ARCO_ANALYZER_EMAIL_GATE_LIMIT_PER_EMAIL: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(1).default(5),
  ),
  /**
   * Key of the HMAC that turns IPs and emails into the rate limiter's subjects. Without it, a key derived from
   * SUPABASE_SERVICE_ROLE_KEY is used (so rotating that key also resets the counters).
   */
  ARCO_ANALYZER_HASH_SECRET: z.preprocess((v) => (v === "" ? undefined : v), z.string().min(32).optional()),
  /**
   * Optional CAPTCHA on every anonymous form that makes Arco send an email (the analyzer's submission and
   * email gate, sign-up, magic link and code, password recovery) and on password and SSO sign-in. When the
   * provider is set, both keys are required: the site key renders the browser's widget; the analyzer API
   * checks tokens with the secret, and Supabase Auth checks the auth forms' tokens with its own copy of it
   * (its `[auth.captcha]` setting, which must be turned on with this one).
   */
  CAPTCHA_PROVIDER: z.preprocess((v) => (v === "" ? undefined : v), z.enum(["turnstile", "hcaptcha"]).optional()),
  CAPTCHA_SITE_KEY: optionalString,
  CAPTCHA_SECRET_KEY: optionalString,
  /** Replaces the provider's siteverify URL (tests point it at a local fake). */
  CAPTCHA_VERIFY_URL: optionalUrl,
  /** The Chromium the analyzer runs Lighthouse in (Debian's real binary, not its launcher script). */
  CHROME_PATH: z.preprocess((v) => (v === "" ? undefined : v), z.string().default("/usr/lib/chromium/chromium")),
  /**
   * Analyses (each one Chromium) run at once; further ones queue. Capped at the machine's cores: two Chromiums
   * sharing one core make both runs several times slower and their metrics meaningless.
   */
  ARCO_ANALYZER_CONCURRENCY: z.preprocess((v) => (v === "" ? undefined : v), z.coerce.number().int().min(1).default(1)),
  /** Lighthouse's limit for a page to finish loading (its `maxWaitForLoad`); tests shorten it. */
  ARCO_ANALYZER_MAX_WAIT_FOR_LOAD_MS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(1_000).max(120_000).default(45_000),
  ),
  /**
   * On SIGTERM/SIGINT the server takes no new jobs and gives running work (an analysis) this long to finish
   * before cancelling it. Below Docker's and systemd's default stop timeouts (10 s and 90 s).
   */
  ARCO_SHUTDOWN_GRACE_MS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(0).max(120_000).default(8_000),
  ),
  /**
   * The DNS servers the domain check asks (comma-separated `host` or `host:port`); the system's when unset.
   * Checks compare what the world sees with the records kept, so production points this at public resolvers.
   */
  ARCO_DNS_SERVERS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .transform((v) =>
        v
          .split(",")
          .map((s) => s.trim())
          .filter(Boolean),
      )
      .optional(),
  ),
  /** The port the domain check's TLS handshake goes to: 443, except against local test servers. */
  ARCO_DOMAIN_TLS_PORT: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(1).max(65_535).default(443),
  ),
  /**
   * The page the scheduled performance check measures for a domain, `{domain}` replaced by its name: the home
   * page over https, except against local test sites (which serve `http://127.0.0.1:<port>/{domain}/`).
   */
  ARCO_PERFORMANCE_URL_TEMPLATE: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z
      .string()
      .refine((v) => /^https?:\/\//.test(v) && v.includes("{domain}"), "must be an http(s) URL containing {domain}")
      .default("https://{domain}/"),
  ),
  /**
   * Google Ads API (sync-campaigns). The developer token comes from the agency's manager account (API Center);
   * the OAuth client (id + secret) is the one the clients' refresh tokens were issued to. Without all three,
   * Google Ads accounts are skipped with the reason. The URLs replace Google's hosts (tests point them at local
   * fakes): GOOGLE_ADS_API_URL for `https://googleads.googleapis.com`, GOOGLE_OAUTH_TOKEN_URL for
   * `https://oauth2.googleapis.com/token`.
   */
  GOOGLE_ADS_DEVELOPER_TOKEN: optionalString,
  GOOGLE_ADS_CLIENT_ID: optionalString,
  GOOGLE_ADS_CLIENT_SECRET: optionalString,
  GOOGLE_ADS_API_URL: optionalUrl,
  GOOGLE_OAUTH_TOKEN_URL: optionalUrl,
  /**
   * Meta Marketing API (sync-campaigns). Each ad account carries its own system-user access token; with the
   * app secret set, every call also sends `appsecret_proof` (required when the Meta app demands it).
   * META_GRAPH_API_URL replaces `https://graph.facebook.com`.
   */
  META_APP_SECRET: optionalString,
  META_GRAPH_API_URL: optionalUrl,
  /** Cloudflare's API base for track-network-usage (`https://api.cloudflare.com/client/v4` when unset). */
  CLOUDFLARE_API_URL: optionalUrl,
  /**
   * How long one ad account's or traffic source's sync may keep retrying a platform that answers 429 or 5xx
   * (backing off, honouring Retry-After) before the run records the failure and keeps what it already wrote.
   */
  ARCO_SYNC_RETRY_BUDGET_MS: z.preprocess(
    (v) => (v === "" ? undefined : v),
    z.coerce.number().int().min(0).max(600_000).default(60_000),
  ),
});
