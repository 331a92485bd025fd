import { spawn, type ChildProcessByStdio } from "node:child_process";
import type { Readable } from "node:stream";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import { join } from "node:path";
import { bearerToken, verifyJwt } from "../jwt.ts";
import type { Service, StackContext } from "../types.ts";

const supabaseDir = new URL("../..", import.meta.url).pathname;
const functionsDir = join(supabaseDir, "functions");
const entryFile = new URL("./deno-entry.ts", import.meta.url).pathname;
const denoBin = join(supabaseDir, "..", "node_modules", ".bin", "deno");
const BOOT_TIMEOUT_MS = 60_000;

interface Worker {
  port: number;
  process: ChildProcessByStdio<null, Readable, Readable>;
  ready: Promise<void>;
}

function json(status: number, body: unknown, extra: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json", ...extra } });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * `/functions/v1/<name>`: runs supabase/functions/<name>/index.ts under real Deno, one worker per function,
 * started on first call (cold) and kept for the next ones (warm), with Supabase's environment variables.
 * `secrets` are the stack's own services' settings (the local Stripe's keys), like `supabase secrets set`.
 * The caller's JWT is verified unless `[functions.<name>] verify_jwt = false` in config.toml.
 */
export function createFunctionsService(ctx: StackContext, secrets: Record<string, string> = {}): Service {
  const workers = new Map<string, Worker>();

  async function start(name: string): Promise<Worker> {
    const port = await freePort();
    const child = spawn(
      denoBin,
      ["run", "--allow-all", "--no-prompt", "--config", join(functionsDir, "deno.json"), entryFile],
      {
        cwd: supabaseDir,
        env: {
          // The machine's certificate authorities and proxies: Deno fetches the functions' npm packages itself.
          ...pick(process.env, [
            "PATH",
            "HOME",
            "DENO_DIR",
            "DENO_CERT",
            "DENO_TLS_CA_STORE",
            "NODE_EXTRA_CA_CERTS",
            "HTTPS_PROXY",
            "HTTP_PROXY",
            "NO_PROXY",
          ]),
          DENO_NO_UPDATE_CHECK: "1",
          ARCO_FUNCTION_PORT: String(port),
          ARCO_FUNCTION_ENTRY: join("functions", name, "index.ts"),
          SUPABASE_URL: ctx.apiUrl,
          SUPABASE_ANON_KEY: ctx.keys.anonKey,
          SUPABASE_SERVICE_ROLE_KEY: ctx.keys.serviceRoleKey,
          SUPABASE_DB_URL: ctx.dbUrl,
          ...functionSecrets(),
          ...secrets,
          NODE_ENV: "development",
        },
        stdio: ["ignore", "pipe", "pipe"],
      },
    );
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`function ${name} did not start in time`)), BOOT_TIMEOUT_MS);
      child.stdout.on("data", (chunk: Buffer) => {
        const text = chunk.toString();
        if (text.includes(`arco-function-ready ${port}`)) {
          clearTimeout(timer);
          resolve();
        }
        for (const line of text.split("\n"))
          if (line && !line.startsWith("arco-function-ready")) console.log(`[fn:${name}] ${line}`);
      });
      child.stderr.on("data", (chunk: Buffer) => process.stderr.write(`[fn:${name}] ${chunk.toString()}`));
      child.once("exit", (code: number | null) => {
        clearTimeout(timer);
        workers.delete(name);
        reject(new Error(`function ${name} exited with code ${code}`));
      });
    });
    ready.catch(() => {});
    const worker = { port, process: child, ready };
    workers.set(name, worker);
    return worker;
  }

  return {
    async handle(req, { path }) {
      const name = /^\/([\w-]+)/.exec(path)?.[1];
      if (!name || !existsSync(join(functionsDir, name, "index.ts"))) {
        return json(404, { code: "NOT_FOUND", message: "Requested function was not found" });
      }
      if (ctx.config.functions[name]?.verify_jwt !== false) {
        const claims = await verifyJwt(ctx.keys, bearerToken(req));
        if (!claims) return json(401, { code: "UNAUTHORIZED_INVALID_JWT_FORMAT", message: "Invalid JWT" });
      }
      const worker = workers.get(name) ?? (await start(name));
      try {
        await worker.ready;
      } catch (error) {
        return json(
          503,
          { code: "BOOT_ERROR", message: `Function ${name} failed to start: ${(error as Error).message}` },
          { "x-relay-error": "true" },
        );
      }
      const url = new URL(req.url);
      const headers = new Headers(req.headers);
      headers.delete("host");
      return fetch(`http://127.0.0.1:${worker.port}${url.pathname.replace(/^\/functions\/v1/, "")}${url.search}`, {
        method: req.method,
        headers,
        body: req.body,
        redirect: "manual",
        duplex: "half",
      } as RequestInit);
    },
    async close() {
      for (const worker of workers.values()) worker.process.kill("SIGTERM");
      workers.clear();
    },
  };
}

function pick(source: NodeJS.ProcessEnv, names: string[]): Record<string, string> {
  return Object.fromEntries(names.filter((n) => source[n] !== undefined).map((n) => [n, source[n]!]));
}

/** Secrets a function may need locally (what `supabase secrets set` provides in production). */
function functionSecrets(): Record<string, string> {
  return pick(process.env, [
    "STRIPE_SECRET_KEY",
    "STRIPE_WEBHOOK_SECRET",
    "STRIPE_API_URL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    // Opens organizations' own OpenAI keys, sealed by the app with the same keyring.
    "ARCO_ENCRYPTION_KEYS",
  ]);
}
