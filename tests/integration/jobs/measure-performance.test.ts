import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFixtureSites, type FixtureSites } from "@/tests/integration/analyzer/fixture-sites";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * measure-performance on the local scheduler against a private stack and the analyzer's fixture sites: one
 * real Lighthouse run (the only one in this file), failures recorded with the analyzer's reason codes, a
 * regression against the 7-day median told once to the owners and admins, a slot run twice changing nothing
 * more, each plan's cadence, and the SSRF guard refusing loopback when development's switch is off.
 */
const stack = stackForThisFile();
const LIGHTHOUSE_TEST_MS = 180_000;
let sites: FixtureSites;
let scratch: string;
let shop: OrganizationFixture;
let jobs: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
};
const previousTmpDir = process.env.TMPDIR;
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
// Hours ahead of the wall clock, so the email sender (which takes the later of slot and clock) sends at once.
const base = Math.ceil(Date.now() / 3_600_000) * 3_600_000 + 3_600_000;
const hour = (n: number) => new Date(base + n * 3_600_000);

async function loadJobs() {
  vi.resetModules();
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { measurePerformance } = await import("@/inngest/functions/measure-performance");
  const { measureDomainPerformance } = await import("@/inngest/functions/measure-domain-performance");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  jobs = { LocalScheduler, functions: [measurePerformance, measureDomainPerformance, sendQueuedEmails] };
}

/** A scheduler as a fresh server process would start it a few seconds into `when`, ticked once. */
async function runSlot(when: Date, functions = jobs.functions) {
  const scheduler = new jobs.LocalScheduler({
    functions,
    now: () => new Date(when.getTime() + 3_000),
    logger: quiet,
    retryDelayMs: () => 10,
  });
  scheduler.tick();
  await scheduler.idle();
  return scheduler.history();
}

async function runs(orgId = shop.id) {
  return stack.sql<{ name: string; status: string; failure_reason: string | null; trigger: string }[]>`
    select d.name::text as name, r.status, r.failure_reason, r.trigger
    from public.performance_runs r join public.domains d on d.id = r.domain_id
    where r.org_id = ${orgId} order by r.slot, d.name`;
}

const regressionMails = () => stack.mailbox.list().filter((m) => m.subject.startsWith("Performance dropped on"));

beforeAll(async () => {
  pointAppAt(stack);
  sites = await startFixtureSites();
  scratch = mkdtempSync(join(tmpdir(), "arco-performance-test-"));
  Object.assign(process.env, {
    APP_URL: "https://arco.test",
    MAILBOX_URL: `${stack.apiUrl}/mailbox`,
    ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
    ARCO_ANALYZER_MAX_WAIT_FOR_LOAD_MS: "6000",
    ARCO_PERFORMANCE_URL_TEMPLATE: `${sites.origin}/{domain}`,
    TMPDIR: scratch,
  });
  await loadJobs();

  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  await stack.sql`update public.organizations set locale = 'en', time_zone = 'UTC' where id = ${shop.id}`;
  await stack.sql`
    insert into public.domains (org_id, name, status) values
      (${shop.id}, 'fast.test', 'active'), (${shop.id}, 'error.test', 'active'),
      (${shop.id}, 'hang.test', 'active'), (${shop.id}, 'pending.test', 'pending')`;
  // The week before: a fast page (LCP 100 ms); Lighthouse's simulated mobile LCP of the fixture page is far above.
  for (const daysAgo of [1, 2, 3]) {
    await stack.sql`
      insert into public.performance_metrics (org_id, url, measured_at, lcp_ms, performance_score, source)
      values (${shop.id}, ${`${sites.origin}/fast.test`}, now() - make_interval(days => ${daysAgo}), 100, 100,
        'lighthouse')`;
  }
});

afterAll(async () => {
  await sites?.close();
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
  if (previousTmpDir === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = previousTmpDir;
  rmSync(scratch, { recursive: true, force: true });
});

describe("measure-performance", () => {
  it(
    "measures each active domain of the slot, records failures with their reason and tells owners and admins of a regression",
    async () => {
      const history = await runSlot(hour(0));
      expect(history.filter((r) => r.status !== "succeeded")).toEqual([]);
      expect(await runs()).toEqual([
        { name: "error.test", status: "failed", failure_reason: "http_status:500", trigger: "schedule" },
        { name: "fast.test", status: "succeeded", failure_reason: null, trigger: "schedule" },
        { name: "hang.test", status: "failed", failure_reason: "timeout", trigger: "schedule" },
      ]);
      const [metric] = await stack.sql<{ url: string; performance_score: number; lcp_ms: number }[]>`
        select url, performance_score, lcp_ms from public.performance_metrics
        where org_id = ${shop.id} and run_id is not null`;
      expect(metric).toMatchObject({ url: `${sites.origin}/fast.test`, performance_score: expect.any(Number) });
      expect(metric!.lcp_ms).toBeGreaterThanOrEqual(125);

      const jobRuns = await stack.sql<{ job: string; status: string; detail: { reason?: string } }[]>`
        select job, status, detail from public.job_runs
        where job in ('measure-performance', 'measure-domain-performance') order by job, status`;
      expect(jobRuns.map((r) => [r.job, r.status, r.detail.reason ?? null])).toEqual([
        ["measure-domain-performance", "failed", expect.stringMatching(/^(http_status:500|timeout)$/)],
        ["measure-domain-performance", "failed", expect.stringMatching(/^(http_status:500|timeout)$/)],
        ["measure-domain-performance", "succeeded", null],
        ["measure-performance", "succeeded", null],
      ]);

      const mails = regressionMails();
      expect(mails.map((m) => m.to).sort()).toEqual([["admin@shop.test"], ["owner@shop.test"]]);
      expect(mails[0]!.subject).toBe(`Performance dropped on ${sites.origin}/fast.test`);
      expect(mails[0]!.text).toContain("7-day median: 100 ms");
      expect(mails[0]!.html).toContain("https://arco.test/app/shop/performance");
    },
    LIGHTHOUSE_TEST_MS,
  );

  it("changes nothing when the same slot runs again: same runs, one metric, no second email", async () => {
    const before = {
      runs: await runs(),
      metrics: await stack.sql`select id from public.performance_metrics where org_id = ${shop.id}`,
      mails: stack.mailbox.list().length,
      jobRuns: await stack.sql`select id from public.job_runs where job like 'measure-%'`,
    };
    const history = await runSlot(hour(0));
    expect(history.find((r) => r.functionId === "measure-performance")?.output).toMatchObject({ runs: 0 });
    expect(await runs()).toEqual(before.runs);
    expect(await stack.sql`select id from public.performance_metrics where org_id = ${shop.id}`).toEqual(
      before.metrics,
    );
    expect(stack.mailbox.list()).toHaveLength(before.mails);
    expect(await stack.sql`select id from public.job_runs where job like 'measure-%'`).toEqual(before.jobRuns);
  });

  it("measures a run delivered twice once", async () => {
    const [run] = await stack.sql<{ id: string; domain_id: string }[]>`
      select id, domain_id from public.performance_runs where failure_reason = 'http_status:500'`;
    const scheduler = new jobs.LocalScheduler({ functions: jobs.functions, logger: quiet, retryDelayMs: () => 10 });
    await scheduler.send([
      { name: "performance/run.due", data: { runId: run!.id, orgId: shop.id, domainId: run!.domain_id } },
    ]);
    await scheduler.idle();
    expect(scheduler.history().find((r) => r.functionId === "measure-domain-performance")?.output).toMatchObject({
      outcome: "skipped",
    });
  });

  it("follows each plan's cadence: Free weekly, Basic daily, Pro hourly", async () => {
    const cadence = { free: 1, basic: 7, pro: 168 } as const;
    const orgs = await Promise.all(
      Object.keys(cadence).map((tier) => createOrganization(stack, { slug: `${tier}-co`, tier, roles: ["owner"] })),
    );
    for (const org of orgs) {
      await stack.sql`insert into public.domains (org_id, name, status) values (${org.id}, ${`${org.slug}.test`}, 'active')`;
    }
    const [measurePerformance] = jobs.functions;
    // The week's hourly slots; the fanned-out runs are left queued (only the cron function is loaded).
    for (let n = 1; n <= 168; n++) await runSlot(hour(n), [measurePerformance!]);
    const counts = await stack.sql<{ slug: string; runs: number }[]>`
      select o.slug, count(r.id)::int as runs from public.organizations o
      left join public.performance_runs r on r.org_id = o.id
      where o.slug in ('free-co', 'basic-co', 'pro-co') group by o.slug order by o.slug`;
    expect(Object.fromEntries(counts.map((c) => [c.slug, c.runs]))).toEqual({
      "basic-co": cadence.basic,
      "free-co": cadence.free,
      "pro-co": cadence.pro,
    });
  }, 120_000);

  it("records a target the SSRF guard refuses as url_not_allowed, without a browser", async () => {
    const { connection } = await import("@/src/db/connection");
    await connection().end({ timeout: 1 });
    process.env.ARCO_ANALYZER_ALLOW_LOOPBACK = "0";
    await loadJobs();
    const [run] = await stack.sql<{ id: string; domain_id: string }[]>`
      insert into public.performance_runs (org_id, domain_id, slot, trigger)
      select org_id, id, now(), 'schedule' from public.domains where name = 'fast.test'
      returning id, domain_id`;
    const scheduler = new jobs.LocalScheduler({ functions: jobs.functions, logger: quiet, retryDelayMs: () => 10 });
    await scheduler.send([
      { name: "performance/run.due", data: { runId: run!.id, orgId: shop.id, domainId: run!.domain_id } },
    ]);
    await scheduler.idle();
    const [row] = await stack.sql`select status, failure_reason from public.performance_runs where id = ${run!.id}`;
    expect(row).toEqual({ status: "failed", failure_reason: "url_not_allowed" });
  });
});
