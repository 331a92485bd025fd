// `npm run dev`: the local stack (Postgres, Auth, Storage, Functions, mailbox) and the app, with demo data.
//   --mode=dev|start   next dev (default) or next start on a production build (built when missing)
//   --data-dir=<dir>   where the local stack keeps its data (default .arco/local)
//   --fresh            start from an empty database (bootstrap, migrations, seed)
//   --port=<n>         app port (default 3000); --api-port / --db-port for the stack
import { spawn } from "node:child_process";
import { existsSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { defaultDataDir, repoRoot } from "../supabase/local/paths.ts";
import { verifiedTotpSecrets } from "../supabase/local/auth/mfa/verified-totp-secrets.ts";
import { startStack } from "../supabase/local/stack.ts";
import { stackEnv } from "../supabase/local/stack-env.ts";
import Stripe from "stripe";
import { stripeOptions } from "../src/billing/stripe-options.ts";
import { adoptMirroredBilling } from "./stripe-adopt-mirror.ts";
import { syncPlansFromDatabase } from "./stripe-sync-plans.ts";

const { values } = parseArgs({
  options: {
    mode: { type: "string", default: "dev" },
    "data-dir": { type: "string" },
    fresh: { type: "boolean", default: false },
    port: { type: "string", default: "3000" },
    "api-port": { type: "string" },
    "db-port": { type: "string" },
  },
});
if (values.mode !== "dev" && values.mode !== "start") throw new Error("--mode must be dev or start");

const started = performance.now();
const dataDir = values["data-dir"] ? resolve(values["data-dir"]) : defaultDataDir;
if (values.fresh) rmSync(dataDir, { recursive: true, force: true });

const stack = await startStack({
  dataDir,
  apiPort: values["api-port"] ? Number(values["api-port"]) : undefined,
  dbPort: values["db-port"] ? Number(values["db-port"]) : undefined,
  log: (line) => console.log(line),
});
// The local Stripe sells what the plans table says, so Checkout works from the first start, and holds the
// demo's customers and subscriptions, so their portal opens too.
await syncPlansFromDatabase(stack.dbUrl, {
  secretKey: stack.stripe.env.STRIPE_SECRET_KEY!,
  apiUrl: stack.stripe.env.STRIPE_API_URL,
});
await adoptMirroredBilling(
  stack.dbUrl,
  new Stripe(stack.stripe.env.STRIPE_SECRET_KEY!, stripeOptions(stack.stripe.env.STRIPE_API_URL)),
  stack.stripe,
);
const appUrl = `http://127.0.0.1:${values.port}`;
const env = {
  ...process.env,
  ...(await stackEnv(dataDir, stack.apiUrl, stack.dbUrl)),
  APP_URL: appUrl,
  NEXT_TELEMETRY_DISABLED: "1",
  // The app stops itself on SIGTERM/SIGINT, after its grace period for running work (src/runtime).
  NEXT_MANUAL_SIG_HANDLE: "1",
  // next dev kills its server process this long after passing the signal on: room for the default grace.
  NEXT_EXIT_TIMEOUT_MS: "15000",
};
const nextBin = join(repoRoot, "node_modules", "next", "dist", "bin", "next");

function run(args: string[]) {
  return spawn(process.execPath, [nextBin, ...args], { cwd: repoRoot, env, stdio: "inherit" });
}

if (values.mode === "start" && !existsSync(join(repoRoot, ".next", "BUILD_ID"))) {
  console.log("No production build found: building the app first…");
  const code = await new Promise<number | null>((done) => run(["build"]).once("exit", done));
  if (code !== 0) throw new Error("next build failed");
}

const app = run([values.mode, "-p", values.port, "-H", "127.0.0.1"]);

// The accounts supabase/seed.sql creates, all with the password arco-demo-2026.
const demoAccounts: Array<[group: string, accounts: Array<[email: string, role: string]>]> = [
  [
    "Agency staff (see /admin)",
    [
      ["staff@arco.local", "staff admin"],
      ["dev@arco.local", "developer"],
    ],
  ],
  ["Padaria Pão Dourado · Free", [["rafael@arco.local", "owner"]]],
  [
    "Clínica Sorriso Leve · Basic",
    [
      ["camila@arco.local", "owner"],
      ["bruno@arco.local", "admin"],
      ["juliana@arco.local", "member"],
    ],
  ],
  [
    "Moda Viva · Pro",
    [
      ["demo@arco.local", "owner"],
      ["thiago@arco.local", "admin"],
      ["fernanda@arco.local", "member"],
      ["lucas@arco.local", "member"],
    ],
  ],
  [
    "Grupo Aurora Hotéis & Resorts · Enterprise (white label, SSO domain grupo-aurora.test)",
    [
      ["helena@grupo-aurora.test", "owner (also through Continue with SSO)"],
      ["marcelo@grupo-aurora.test", "admin"],
      ["renata@grupo-aurora.test", "admin"],
      ["gustavo@grupo-aurora.test", "member"],
      ["aline@grupo-aurora.test", "member"],
      ["pedro@grupo-aurora.test", "member (writes in English)"],
    ],
  ],
];

function demoSignIns(): string {
  return demoAccounts
    .map(([group, accounts]) =>
      [`  ${group}`, ...accounts.map(([email, role]) => `    ${email.padEnd(28)}${role}`)].join("\n"),
    )
    .join("\n");
}

/** Staff sign-in has a second step (TOTP): the demo staff's authenticator secrets and how to get a code. */
async function staffSecondStep(): Promise<string> {
  const staffEmails = demoAccounts[0]![1].map(([email]) => email);
  const factors = await verifiedTotpSecrets(stack.context.sql, staffEmails);
  if (factors.length === 0) return "";
  return `Agency staff then enter a 6-digit code from an authenticator app holding their secret:
${factors.map(({ email, secret }) => `    ${email.padEnd(28)}${secret}`).join("\n")}
  or print the current code with: npm run --silent totp -- ${staffEmails[0]}
`;
}

// Announce once the app answers, so the timing covers everything a user waits for.
void (async () => {
  for (let i = 0; i < 600; i++) {
    const ok = await fetch(appUrl, { redirect: "manual" }).then(
      () => true,
      () => false,
    );
    if (ok) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  console.log(`
Arco is running (ready in ${((performance.now() - started) / 1000).toFixed(1)} s)
  App        ${appUrl}
  Mailbox    ${stack.apiUrl}/mailbox      (every email lands here)
  Stripe     ${stack.apiUrl}/v1           (local Stripe; test cards 4242 4242 4242 4242 pays, 4000 0000 0000 0341 fails)
  Supabase   ${stack.apiUrl}              (Auth, Storage, Functions)
  Postgres   ${stack.dbUrl}
Sign in at ${appUrl}/sign-in with a demo account (password arco-demo-2026):
${demoSignIns()}
${await staffSecondStep()}`);
})();

// The app may still be finishing work against the stack: the stack stops once the app has exited.
const appExited = new Promise<number | null>((resolve) => app.once("exit", resolve));
async function shutdown() {
  app.kill("SIGTERM");
  await appExited;
}
process.once("SIGINT", shutdown);
process.once("SIGTERM", shutdown);
void appExited.then(async (code) => {
  await stack.stop();
  process.exit(code ?? 0);
});
