// `npm run bench:shutdown`: stopping the server in the middle of an analysis.
//   1. SIGTERM with a running analysis: the time to a clean exit (no Chromium, no profile), with the default
//      grace period and with none.
//   2. 20 cycles of SIGKILL mid-analysis and restart: the machine's available memory, Chromium processes and
//      profile folders before and after, then the time for a last start to finish every analysis left.
// The server is the test suite's stand-in (tests/support/analysis-owner.ts: the local scheduler, the analysis
// job, the graceful shutdown and the start-up sweep), against a throwaway local stack and a slow local page.
import { spawn, execFileSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStack } from "../../supabase/local/stack.ts";
import { startFixtureSites } from "../../tests/integration/analyzer/fixture-sites.ts";

const root = join(import.meta.dirname, "..", "..");
const scratch = mkdtempSync(join(tmpdir(), "arco-bench-shutdown-"));
const stack = await startStack({ apiPort: 0, dbPort: 0, seed: false });
const sites = await startFixtureSites({ slowMs: 1_500 });
const env = {
  ...process.env,
  SUPABASE_URL: stack.apiUrl,
  SUPABASE_ANON_KEY: stack.anonKey,
  SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
  DATABASE_URL: stack.dbUrl,
  ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
  TMPDIR: scratch,
};

const memAvailableMb = () => Number(/MemAvailable:\s+(\d+)/.exec(readFileSync("/proc/meminfo", "utf8"))![1]) / 1024;
const chromiums = () =>
  execFileSync("ps", ["-eo", "stat,args"], { encoding: "utf8" })
    .split("\n")
    .filter((line) => line.includes("chromium") && line.includes(scratch) && !line.startsWith("Z"));
const profiles = () => readdirSync(scratch).filter((entry) => entry.startsWith("arco-lighthouse-"));
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function submit(): Promise<string> {
  const url = sites.url("/slow");
  const [row] = await stack.context.sql<{ id: string }[]>`
    insert into public.url_analyses (url, normalized_url) values (${url}, ${url}) returning id`;
  return row!.id;
}

async function startServer(graceMs: number, analysisId?: string): Promise<ChildProcess> {
  const child = spawn(
    process.execPath,
    [
      "--disable-warning=ExperimentalWarning",
      "--import",
      join(root, "tests", "support", "app-module-hooks.ts"),
      join(root, "tests", "support", "analysis-owner.ts"),
      ...(analysisId ? [analysisId] : []),
    ],
    { env: { ...env, ARCO_SHUTDOWN_GRACE_MS: String(graceMs) }, stdio: ["ignore", "pipe", "ignore"] },
  );
  await new Promise<void>((resolve) => child.stdout!.on("data", (c: Buffer) => c.includes("ready") && resolve()));
  return child;
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = performance.now() + timeoutMs;
  while (performance.now() < deadline) {
    if (await check()) return true;
    await sleep(25);
  }
  return false;
}

async function status(id: string): Promise<string> {
  const [row] = await stack.context.sql<{ status: string }[]>`select status from public.url_analyses where id = ${id}`;
  return row!.status;
}

try {
  console.log("SIGTERM with an analysis running (Chromium up, page loading)");
  for (const graceMs of [8_000, 0]) {
    const times: number[] = [];
    const outcomes: string[] = [];
    for (let trial = 0; trial < 3; trial++) {
      const id = await submit();
      const server = await startServer(graceMs, id);
      await until(() => chromiums().length > 0, 30_000);
      const exited = new Promise((resolve) => server.once("exit", resolve));
      const signalled = performance.now();
      server.kill("SIGTERM");
      await exited;
      await until(() => chromiums().length === 0 && profiles().length === 0, 10_000);
      times.push(performance.now() - signalled);
      outcomes.push(await status(id));
    }
    console.log(
      `  grace ${graceMs / 1000} s: clean exit in ${times.map((t) => `${(t / 1000).toFixed(2)} s`).join(", ")}; analyses ${outcomes.join(", ")}`,
    );
  }
  // What the SIGTERM trials left running resumes with the cycles below.

  console.log("20 cycles: SIGKILL in the middle of an analysis, then restart");
  const before = { memory: memAvailableMb(), chromiums: chromiums().length, profiles: profiles().length };
  const ids: string[] = [];
  for (let cycle = 0; cycle < 20; cycle++) {
    const id = await submit();
    ids.push(id);
    const server = await startServer(8_000, id);
    await until(() => chromiums().length > 0, 30_000);
    const exited = new Promise((resolve) => server.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
    await until(() => chromiums().length === 0 && profiles().length === 0, 10_000);
  }
  await sleep(2_000);
  const after = { memory: memAvailableMb(), chromiums: chromiums().length, profiles: profiles().length };
  console.log(
    `  available memory ${before.memory.toFixed(0)} MB before, ${after.memory.toFixed(0)} MB after (${(after.memory - before.memory).toFixed(0)} MB)`,
  );
  console.log(
    `  Chromium processes ${before.chromiums} → ${after.chromiums}, profile folders ${before.profiles} → ${after.profiles}`,
  );
  const started = performance.now();
  const last = await startServer(8_000);
  await until(
    async () => (await Promise.all(ids.map(status))).every((s) => s !== "running" && s !== "queued"),
    900_000,
  );
  const statuses = await Promise.all(ids.map(status));
  console.log(
    `  a last start finished the ${ids.length} interrupted analyses in ${((performance.now() - started) / 1000).toFixed(0)} s: ${statuses.filter((s) => s === "done").length} done, ${statuses.filter((s) => s === "failed").length} failed`,
  );
  last.kill("SIGTERM");
  await new Promise((resolve) => last.once("exit", resolve));
} finally {
  await sites.close();
  await stack.stop();
  rmSync(scratch, { recursive: true, force: true });
}
