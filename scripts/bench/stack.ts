// `npm run bench:stack`: how long the local stack takes to come up and to answer the calls a user waits on.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createClient } from "@supabase/supabase-js";
import postgres from "postgres";
import { startStack } from "../../supabase/local/stack.ts";
import { connectRaw } from "../../tests/support/raw-postgres.ts";

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time<T>(fn: () => Promise<T>): Promise<number> {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

const dataDir = mkdtempSync(join(tmpdir(), "arco-bench-"));
const coldStart = performance.now();
const stack = await startStack({ dataDir, apiPort: 0, dbPort: 0 });
const coldStartMs = performance.now() - coldStart;

try {
  const admin = createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false } });
  await admin.auth.admin.createUser({ email: "bench@arco.local", password: "bench-password-1", email_confirm: true });
  const signIns: number[] = [];
  for (let i = 0; i < 30; i++) {
    const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false } });
    signIns.push(
      await time(async () => {
        const { error } = await client.auth.signInWithPassword({
          email: "bench@arco.local",
          password: "bench-password-1",
        });
        if (error) throw error;
      }),
    );
  }
  const anon = createClient(stack.apiUrl, stack.anonKey);
  const fnCold = await time(() => anon.functions.invoke("health"));
  const fnWarm: number[] = [];
  for (let i = 0; i < 50; i++) fnWarm.push(await time(() => anon.functions.invoke("health")));

  const clients = Array.from({ length: 10 }, () =>
    postgres(stack.dbUrl, { prepare: false, max: 1, onnotice: () => {} }),
  );
  await Promise.all(clients.map((c) => c`select 1`));
  const rounds: number[] = [];
  for (let round = 0; round < 5; round++)
    rounds.push(
      await time(() =>
        Promise.all(
          clients.map(async (c, i) => {
            for (let n = 0; n < 100; n++)
              await c.begin(async (tx) => {
                await tx`select set_config('request.jwt.claims', ${JSON.stringify({ sub: `${i}-${n}` })}, true)`;
                return tx`select count(*) from public.plans`;
              });
          }),
        ),
      ),
    );
  const throughputMs = percentile(rounds, 50);
  await Promise.all(clients.map((c) => c.end()));

  // A client vanishes mid-transaction (socket cut, no Terminate): how soon is the next client served?
  const takeovers: number[] = [];
  const next = postgres(stack.dbUrl, { prepare: false, max: 1, onnotice: () => {} });
  await next`select 1`;
  for (let trial = 0; trial < 100; trial++) {
    const a = await connectRaw(stack.dbUrl, "bench-vanishing");
    await a.query("begin; select count(*) from public.plans");
    const waiting = next`select 1`.execute();
    await new Promise((resolve) => setTimeout(resolve, 5)); // B is queued behind A
    const vanished = performance.now();
    a.destroy();
    await waiting;
    takeovers.push(performance.now() - vanished);
  }
  await next.end();

  console.log("Local stack (fresh data folder: bootstrap, migrations, seed)");
  console.log(`  cold start                  ${coldStartMs.toFixed(0)} ms`);
  console.log(
    `  password sign-in round trip p50 ${percentile(signIns, 50).toFixed(1)} ms, p95 ${percentile(signIns, 95).toFixed(1)} ms (n=30)`,
  );
  console.log(`  edge function cold          ${fnCold.toFixed(0)} ms (Deno worker start + first request)`);
  console.log(
    `  edge function warm          p50 ${percentile(fnWarm, 50).toFixed(1)} ms, p95 ${percentile(fnWarm, 95).toFixed(1)} ms (n=50)`,
  );
  console.log(
    `  wire server                 1,000 short transactions from 10 clients: ${throughputMs.toFixed(0)} ms (median of 5), ${((1000 / throughputMs) * 1000).toFixed(0)} tx/s`,
  );
  console.log(
    `  next client served after one vanishes mid-transaction  p50 ${percentile(takeovers, 50).toFixed(2)} ms, p95 ${percentile(takeovers, 95).toFixed(2)} ms (n=100)`,
  );
  console.log(`  peak RSS                    ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  await stack.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
