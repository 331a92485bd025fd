// `npm run bench:jobs`: the scheduled jobs at scale on this machine, against a fresh local stack (no seed):
//   - uptime: 2,000 monitors (20 Enterprise organizations × 100, all due every minute) checked against a local
//     HTTP server in one slot of check-uptime — target: all recorded within the minute;
//   - usage periods and reports: close-usage-period fanning out to 1,000 paying organizations, closing each
//     month and generating each monthly report (figures, PDF into the private bucket, row ready) — target ≤ 5
//     min — then the PDF rendering alone, p50/p95 over 50 reports;
//   - peak memory (RSS) of the process over each part.
// The figures come from the same functions and local scheduler the app runs; Postgres is the stack's PGlite.
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startStack } from "../../supabase/local/stack.ts";

const MONITORS_PER_ORG = 100;
const UPTIME_ORGS = 20;
const PERIOD_ORGS = 1_000;

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
});
const sql = stack.context.sql;
const { LocalScheduler } = await import("../../src/jobs/local-scheduler.ts");
const { checkUptime } = await import("../../inngest/functions/check-uptime.ts");
const { checkMonitorsFunction } = await import("../../inngest/functions/check-monitors.ts");
const { closeUsagePeriod } = await import("../../inngest/functions/close-usage-period.ts");
const { closeOrganizationPeriod } = await import("../../inngest/functions/close-organization-period.ts");
const { generateMonthlyReports } = await import("../../inngest/functions/generate-monthly-reports.ts");
const { renderMonthlyReport } = await import("../../src/reports/monthly/render-monthly-report.tsx");
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
  // ── Uptime ────────────────────────────────────────────────────────────────────────────────────────────
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

  // ── Usage periods ─────────────────────────────────────────────────────────────────────────────────────
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
} finally {
  const { connection } = await import("../../src/db/connection.ts");
  await connection().end({ timeout: 1 });
  await stack.stop();
  site.close();
  rmSync(dataDir, { recursive: true, force: true });
}
