import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Server } from "node:http";
import postgres from "postgres";
import { createAuthService } from "./auth/index.ts";
import { loadConfig, type StackConfig } from "./config.ts";
import { openDatabase, SESSION_DEFAULTS } from "./database.ts";
import { createFunctionsService } from "./functions/runner.ts";
import { createGateway, listen, type Routes } from "./gateway.ts";
import { loadKeys } from "./keys.ts";
import { PostgresWireServer } from "./postgres-server.ts";
import { Mailbox } from "./mailbox.ts";
import { createMailboxService } from "./mailbox-service.ts";
import { createStorageService } from "./storage/index.ts";
import { createLocalStripe, type LocalStripe, type LocalStripeOptions } from "./stripe/index.ts";
import type { StackContext } from "./types.ts";

export type DeepPartial<T> = { [K in keyof T]?: T[K] extends object ? DeepPartial<T[K]> : T[K] };

export interface StackOptions {
  /** Where data, keys, stored files and mail persist; omitted means memory and a temporary files folder. */
  dataDir?: string;
  /** Used for uploaded bytes when there is no dataDir. */
  filesDir?: string;
  apiPort?: number;
  dbPort?: number;
  /** A migrated database archive to start from (tests). */
  template?: Blob;
  seed?: boolean;
  config?: DeepPartial<StackConfig>;
  log?: (line: string) => void;
  /**
   * Sees every SQL statement clients send to the Postgres port, with the sender's application name: the app's
   * own connections are `arco`, the stack's services' (Auth, Storage) `arco-local-stack` (benchmarks count a
   * page's queries).
   */
  onStatement?: (sql: string, applicationName: string) => void;
  /** The local Stripe's webhook endpoint and retry pace (tests); its objects persist in dataDir. */
  stripe?: Omit<LocalStripeOptions, "file">;
}

export interface RunningStack {
  apiUrl: string;
  dbUrl: string;
  anonKey: string;
  serviceRoleKey: string;
  mailbox: Mailbox;
  stripe: LocalStripe;
  context: StackContext;
  stop: () => Promise<void>;
}

function merge<T>(base: T, override: DeepPartial<T> | undefined): T {
  if (!override) return base;
  const out = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] =
      value && typeof value === "object" && !Array.isArray(value) && current && typeof current === "object"
        ? merge(current, value as DeepPartial<typeof current>)
        : value;
  }
  return out as T;
}

/** Starts the local stand-in for the Supabase platform: Postgres, Auth, Storage, Functions and the mailbox. */
export async function startStack(options: StackOptions = {}): Promise<RunningStack> {
  const log = options.log ?? (() => {});
  const config = merge(loadConfig(), options.config);
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });

  const db = await openDatabase({
    dataDir: options.dataDir ? join(options.dataDir, "postgres") : undefined,
    template: options.template,
    seed: options.seed,
    log,
  });
  const socket = new PostgresWireServer(db, {
    idleInTransactionTimeoutMs: config.db.idle_in_transaction_session_timeout * 1000,
    sessionWaitTimeoutMs: config.db.session_wait_timeout * 1000,
    sessionDefaults: SESSION_DEFAULTS,
    log,
    onStatement: options.onStatement,
  });
  const dbPort = await socket.listen(options.dbPort ?? config.db.port);
  const dbUrl = `postgresql://postgres:postgres@127.0.0.1:${dbPort}/postgres`;
  const sql = postgres(dbUrl, {
    prepare: false,
    max: 4,
    onnotice: () => {},
    connection: { application_name: "arco-local-stack" },
  });

  const routes: Routes = {};
  const gateway: Server = createGateway(routes, () => ({
    name: "Arco local stack",
    services: ["/auth/v1", "/storage/v1", "/functions/v1", "/mailbox", "/v1 (Stripe)", "/stripe"],
  }));
  const apiPort = await listen(gateway, options.apiPort ?? config.api.port);
  const apiUrl = `http://127.0.0.1:${apiPort}`;

  const keys = await loadKeys(options.dataDir ? join(options.dataDir, "keys.json") : undefined, apiUrl);
  const mailbox = new Mailbox(options.dataDir ? join(options.dataDir, "mailbox.jsonl") : undefined);
  const context: StackContext = { sql, keys, config, mailbox, apiUrl, dbUrl };
  const filesDir = options.dataDir
    ? join(options.dataDir, "storage")
    : (options.filesDir ?? join(process.cwd(), ".arco", "tmp-storage"));
  mkdirSync(filesDir, { recursive: true });

  routes["/auth/v1"] = await createAuthService(context);
  routes["/storage/v1"] = await createStorageService(context, { filesDir });
  const stripe = createLocalStripe(context, {
    ...options.stripe,
    file: options.dataDir ? join(options.dataDir, "stripe.json") : undefined,
  });
  routes["/functions/v1"] = createFunctionsService(context, stripe.env);
  routes["/v1"] = stripe.api;
  routes["/stripe"] = stripe.pages;
  routes["/mailbox"] = createMailboxService(mailbox, keys);

  return {
    apiUrl,
    dbUrl,
    anonKey: keys.anonKey,
    serviceRoleKey: keys.serviceRoleKey,
    mailbox,
    stripe,
    context,
    async stop() {
      await stripe.close();
      await Promise.all(Object.values(routes).map((s) => s.close?.()));
      gateway.closeAllConnections();
      await new Promise<void>((resolve) => gateway.close(() => resolve()));
      await sql.end({ timeout: 1 });
      await socket.close();
      await db.close();
    },
  };
}
