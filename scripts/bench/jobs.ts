// `npm run bench:jobs`: the scheduled jobs at scale on this machine, against a fresh local stack (no seed):
//   - uptime: 2,000 monitors (20 Enterprise organizations × 100, all due every minute) checked against a local
//     HTTP server in one slot of check-uptime — target: all recorded within the minute;
//   - usage periods and reports: close-usage-period fanning out to 1,000 paying organizations, closing each
//     month and generating each monthly report (figures, PDF into the private bucket, row ready) — target ≤ 5
//     min — then the PDF rendering alone, p50/p95 over 50 reports;
//   - performance checks: measure-performance fanning out one run per domain, each a real Lighthouse run of a
//     local fixture page through the analyzer's pipeline, on the queue's configured concurrency
//     (ARCO_ANALYZER_CONCURRENCY, one Chromium per core at most): throughput in runs per hour on this machine;
//   - peak memory (RSS) of the process over each part.
// `npm run bench:jobs -- <part…>` runs only some parts: `uptime`, `reports`, `performance`.
// The figures come from the same functions and local scheduler the app runs; Postgres is the stack's PGlite.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { startStack } from "../../supabase/local/stack.ts";
import { startFixtureSites } from "../../tests/integration/analyzer/fixture-sites.ts";

const MONITORS_PER_ORG = 100;
const UPTIME_ORGS = 20;
const PERIOD_ORGS = 1_000;
/** Lighthouse runs in the performance part: enough for a steady rate, few enough for a shared machine. */
const PERFORMANCE_RUNS = Number(process.env.BENCH_PERFORMANCE_RUNS ?? 6);
const parts = process.argv.slice(2);
const wants = (part: string) => parts.length === 0 || parts.includes(part);

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? 0;
}

/** Samples the resident set every 50 ms while `work` runs; returns its result, the time and the peak. */
async function measure<T>(work: () => Promise<T>): Promise<{ result: T; seconds: number; peakMb: number }> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
  const started = performance.now();
  try {
    const result = await work();
    return { result, seconds: (performance.now() - started) / 1000, peakMb: Math.round(peak / 2 ** 20) };
  } finally {
    clearInterval(sampler);
  }
}

const site = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end("<h1>Welcome</h1>"));
await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
const siteUrl = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;

const fixtures = await startFixtureSites();

const dataDir = mkdtempSync(join(tmpdir(), "arco-bench-jobs-"));
console.log("Starting a fresh local stack…");
const stack = await startStack({ dataDir, apiPort: 0, dbPort: 0, seed: false });
Object.assign(process.env, {
  SUPABASE_URL: stack.apiUrl,
  SUPABASE_ANON_KEY: stack.anonKey,
  SUPABASE_SERVICE_ROLE_KEY: stack.serviceRoleKey,
  DATABASE_URL: stack.dbUrl,
  MAILBOX_URL: `${stack.apiUrl}/mailbox`,
  ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
  // Every bench domain is the fixture sites' fast page (`/<name>.test`).
  ARCO_PERFORMANCE_URL_TEMPLATE: `${fixtures.origin}/fast.test?domain={domain}`,
});
const sql = stack.context.sql;
const { LocalScheduler } = await import("../../src/jobs/local-scheduler.ts");
const { checkUptime } = await import("../../inngest/functions/check-uptime.ts");
const { checkMonitorsFunction } = await import("../../inngest/functions/check-monitors.ts");
const { closeUsagePeriod } = await import("../../inngest/functions/close-usage-period.ts");
const { closeOrganizationPeriod } = await import("../../inngest/functions/close-organization-period.ts");
const { generateMonthlyReports } = await import("../../inngest/functions/generate-monthly-reports.ts");
const { renderMonthlyReport } = await import("../../src/reports/monthly/render-monthly-report.tsx");
const { measurePerformance } = await import("../../inngest/functions/measure-performance.ts");
const { measureDomainPerformance } = await import("../../inngest/functions/measure-domain-performance.ts");
const { analyzerConcurrency } = await import("../../src/analyzer/analyzer-concurrency.ts");
const { functionConcurrency } = await import("../../src/jobs/function-concurrency.ts");
const { dictionaryFor } = await import("../../src/i18n/dictionary.ts");
const { formatters } = await import("../../src/i18n/formatters.ts");
const quiet = { info: () => {}, warn: () => {}, error: (...args: unknown[]) => console.error(...args) };

async function runSlot(functions: ConstructorParameters<typeof LocalScheduler>[0]["functions"], at: Date) {
  const scheduler = new LocalScheduler({ functions, now: () => at, logger: quiet });
  scheduler.tick();
  await scheduler.idle();
  return scheduler.history().filter((r) => r.status === "failed").length;
}

try {
  if (wants("uptime")) await benchUptime();
  if (wants("reports")) await benchReports();
  if (wants("performance")) await benchPerformance();
} finally {
  const { connection } = await import("../../src/db/connection.ts");
  await connection().end({ timeout: 1 });
  await stack.stop();
  site.close();
  await fixtures.close();
  rmSync(dataDir, { recursive: true, force: true });
}

async function benchUptime() {
  await sql.unsafe(`
    insert into public.organizations (name, slug, tier, created_at)
    select 'Uptime ' || i, 'uptime-' || i, 'enterprise', '2026-01-01' from generate_series(1, ${UPTIME_ORGS}) i`);
  await sql.unsafe(`
    insert into public.monitors (org_id, url, keyword)
    select o.id, '${siteUrl}/page-' || n, 'Welcome'
    from public.organizations o, generate_series(1, ${MONITORS_PER_ORG}) n where o.slug like 'uptime-%'`);
  const slot = new Date(Math.floor(Date.now() / 60_000) * 60_000 + 60_000);
  const uptime = await measure(() => runSlot([checkUptime, checkMonitorsFunction], slot));
  const [checks] = await sql<{ count: number; ok: number }[]>`
    select count(*)::int as count, count(*) filter (where ok)::int as ok
    from public.uptime_checks where checked_at = ${slot}`;
  const times = (
    await sql<{ response_ms: number }[]>`
    select response_ms from public.uptime_checks where checked_at = ${slot}`
  ).map((r) => r.response_ms);
  console.log(
    `uptime: ${checks!.count} checks (${checks!.ok} up) of ${UPTIME_ORGS * MONITORS_PER_ORG} monitors in ` +
      `${uptime.seconds.toFixed(1)} s (target < 60 s: ${uptime.seconds < 60 ? "met" : "MISSED"}); ` +
      `probe p50 ${percentile(times, 50)} ms, p95 ${percentile(times, 95)} ms; ` +
      `failed runs ${uptime.result}; peak RSS ${uptime.peakMb} MB`,
  );
}

async function benchReports() {
  await sql.unsafe(`
    insert into public.organizations (name, slug, tier, created_at)
    select 'Period ' || i, 'period-' || i, (array['basic', 'pro', 'enterprise'])[1 + i % 3], '2026-10-01'
    from generate_series(1, ${PERIOD_ORGS}) i`);
  await sql.unsafe(`
    insert into public.usage_counters (org_id, metric, period, value)
    select id, 'tickets', '2026-11', (random() * 20)::int from public.organizations where slug like 'period-%'`);
  const periods = await measure(() =>
    runSlot([closeUsagePeriod, closeOrganizationPeriod, generateMonthlyReports], new Date("2026-12-01T03:05:00Z")),
  );
  const [closed] = await sql<{ count: number }[]>`
    select count(*)::int as count from public.usage_periods up
    join public.organizations o on o.id = up.org_id where o.slug like 'period-%' and up.period = '2026-11'`;
  const [warnings] = await sql<{ count: number }[]>`
    select count(*)::int as count from public.email_outbox where template = 'usage-warning'`;
  const [ready] = await sql<{ count: number }[]>`
    select count(*)::int as count from public.reports r join public.organizations o on o.id = r.org_id
    where r.status = 'ready' and r.period = '2026-11-01' and o.slug like 'period-%'`;
  console.log(
    `usage periods and reports: ${closed!.count} of ${PERIOD_ORGS} organizations closed and ${ready!.count} ` +
      `reports ready in ${periods.seconds.toFixed(1)} s (target ≤ 300 s: ${periods.seconds <= 300 ? "met" : "MISSED"}) ` +
      `(${Math.round(closed!.count / periods.seconds)} per second), ${warnings!.count} warnings queued ` +
      `(the bench's organizations have no members to warn), failed runs ${periods.result}; peak RSS ${periods.peakMb} MB`,
  );

  const t = dictionaryFor("pt-BR");
  const format = formatters("pt-BR");
  const summary = {
    uptime_percent: 99.93,
    incidents: 1,
    downtime_minutes: 42,
    performance_score: 87,
    lcp_ms: 2300,
    requests: 1_234_567,
    bandwidth_bytes: 52_428_800_000,
    tickets_opened: 12,
    tickets_resolved: 11,
    deliveries: 3,
    ad_cost: 4200,
    ad_revenue: 18900,
    ad_conversions: 96,
    roas: 4.5,
    currency: "BRL",
  };
  const renders: number[] = [];
  const rendering = await measure(async () => {
    for (let i = 0; i < 50; i++) {
      const started = performance.now();
      await renderMonthlyReport({
        t,
        format,
        brand: "Arco",
        organization: `Client ${i}`,
        period: "2026-11-01",
        summary,
        generatedAt: new Date(),
      });
      renders.push(performance.now() - started);
    }
  });
  console.log(
    `report PDF rendering: p50 ${Math.round(percentile(renders, 50))} ms, p95 ${Math.round(percentile(renders, 95))} ms ` +
      `over 50; peak RSS ${rendering.peakMb} MB`,
  );
}

/**
 * One hourly slot of measure-performance with PERFORMANCE_RUNS Pro domains due (one organization each, so
 * only the Lighthouse queue limits them): all runs through the local scheduler, as the app runs them.
 */
async function benchPerformance() {
  await sql.unsafe(`
    insert into public.organizations (name, slug, tier, created_at)
    select 'Perf ' || i, 'perf-' || i, 'pro', '2026-01-01' from generate_series(1, ${PERFORMANCE_RUNS}) i`);
  await sql.unsafe(`
    insert into public.domains (org_id, name, status)
    select id, slug || '.test', 'active' from public.organizations where slug like 'perf-%'`);
  const slot = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
  const performanceRun = await measure(() => runSlot([measurePerformance, measureDomainPerformance], slot));
  const runs = await sql<{ status: string; failure_reason: string | null; seconds: number }[]>`
    select status, failure_reason, extract(epoch from finished_at - started_at)::float8 as seconds
    from public.performance_runs where slot = ${slot}`;
  const done = runs.filter((r) => r.status === "succeeded");
  const perHour = (done.length / performanceRun.seconds) * 3600;
  const [one] = loadavg();
  console.log(
    `performance checks: ${done.length} of ${runs.length} Lighthouse runs succeeded in ` +
      `${performanceRun.seconds.toFixed(1)} s, ${functionConcurrency(measureDomainPerformance).limit} at once ` +
      `(Lighthouse queue ${analyzerConcurrency()}) on ${availableParallelism()} ` +
      `cores: ${Math.round(perHour)} runs per hour; run p50 ${percentile(
        runs.map((r) => r.seconds),
        50,
      ).toFixed(1)} s, p95 ${percentile(
        runs.map((r) => r.seconds),
        95,
      ).toFixed(1)} s; failures ${runs.length - done.length}` +
      `${runs.some((r) => r.failure_reason) ? ` (${[...new Set(runs.map((r) => r.failure_reason).filter(Boolean))].join(", ")})` : ""}` +
      `, failed runs ${performanceRun.result}; peak RSS ${performanceRun.peakMb} MB (Chromium's own memory is apart); ` +
      `load average ${one!.toFixed(1)}`,
  );
}
