import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * close-usage-period on the local scheduler against a private stack: each organization's month closes at
 * 00:05 on the 1st in its own time zone, with what it used and its limits; owners (not admins) are told of a
 * limit used at 80 % or more, once; a rerun changes nothing; and 500 organizations fan out and close.
 */
const stack = stackForThisFile();
let saoPaulo: OrganizationFixture;
let kolkata: OrganizationFixture;
let jobs: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
};

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

async function runAt(iso: string) {
  const scheduler = new jobs.LocalScheduler({ functions: jobs.functions, now: () => new Date(iso), logger: quiet });
  scheduler.tick();
  await scheduler.idle();
  return scheduler.history();
}

async function periods() {
  return stack.sql<{ slug: string; period: string; tickets: string; uptime_checks: string; limits: unknown }[]>`
    select o.slug, up.period, up.tickets, up.uptime_checks, up.limits
    from public.usage_periods up join public.organizations o on o.id = up.org_id
    where o.slug in ('sao-paulo', 'kolkata') order by o.slug`;
}

const warnings = () => stack.mailbox.list().filter((m) => m.subject.includes("monthly tickets"));

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, { APP_URL: "https://arco.test", MAILBOX_URL: `${stack.apiUrl}/mailbox` });
  vi.resetModules();
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { closeUsagePeriod } = await import("@/inngest/functions/close-usage-period");
  const { closeOrganizationPeriod } = await import("@/inngest/functions/close-organization-period");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  jobs = { LocalScheduler, functions: [closeUsagePeriod, closeOrganizationPeriod, sendQueuedEmails] };

  saoPaulo = await createOrganization(stack, { slug: "sao-paulo", tier: "free", roles: ["owner"] });
  kolkata = await createOrganization(stack, { slug: "kolkata", tier: "basic", roles: ["owner", "admin"] });
  await stack.sql`update public.organizations set created_at = '2026-11-01T12:00:00Z', locale = 'en' where slug in ('sao-paulo', 'kolkata')`;
  await stack.sql`update public.organizations set time_zone = 'Asia/Kolkata' where id = ${kolkata.id}`;
  // 13 of the free plan's 15 tickets (87 %); 25 of basic's 30 (83 %).
  await stack.sql`
    insert into public.usage_counters (org_id, metric, period, value)
    values (${saoPaulo.id}, 'tickets', '2026-11', 13), (${kolkata.id}, 'tickets', '2026-11', 25)`;
  // 23:00 on 30 November in São Paulo counts in November; 00:30 on 1 December does not.
  await stack.sql`
    insert into public.uptime_checks (org_id, url, checked_at, ok) values
      (${saoPaulo.id}, 'https://sp.test/', '2026-12-01T02:00:00Z', true),
      (${saoPaulo.id}, 'https://sp.test/', '2026-12-01T03:30:00Z', true)`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("close-usage-period", () => {
  it("closes a month at 00:05 on the 1st in the organization's own time zone", async () => {
    await runAt("2026-11-30T18:35:30Z"); // 00:05 in Kolkata, 15:35 in São Paulo
    expect((await periods()).map((p) => p.slug)).toEqual(["kolkata"]);
    await runAt("2026-12-01T03:05:30Z"); // 00:05 in São Paulo
    expect(await periods()).toEqual([
      expect.objectContaining({ slug: "kolkata", period: "2026-11", tickets: "25", uptime_checks: "0" }),
      expect.objectContaining({
        slug: "sao-paulo",
        period: "2026-11",
        tickets: "13",
        uptime_checks: "1",
        limits: expect.objectContaining({ tickets_per_month: 15, storage_bytes: 5368709120, projects: 1 }),
      }),
    ]);
    const counters = await stack.sql`
      select period, value from public.usage_counters where org_id = ${saoPaulo.id} and metric = 'tickets' order by period`;
    expect(counters).toEqual([
      { period: "2026-11", value: "13" },
      { period: "2026-12", value: "0" },
    ]);
  });

  it("tells the owners, not the admins, of a limit used at 80 % or more", async () => {
    expect(
      warnings()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(["owner@kolkata.test", "owner@sao-paulo.test"]);
    const mail = warnings().find((m) => m.to[0] === "owner@sao-paulo.test")!;
    expect(mail.subject).toBe("sao-paulo used 86.7% of its monthly tickets in November 2026");
    expect(mail.text).toContain("13");
    expect(mail.text).toContain("https://arco.test/app/sao-paulo/billing");
  });

  it("closes and sends nothing more when it runs again", async () => {
    const mails = stack.mailbox.list().length;
    const history = await runAt("2026-12-01T03:20:30Z");
    expect(history.find((r) => r.functionId === "close-usage-period")?.output).toEqual({ organizations: 0 });
    await runAt("2026-12-01T03:05:30Z");
    expect(await periods()).toHaveLength(2);
    expect(stack.mailbox.list()).toHaveLength(mails);
  });

  it("fans out to 500 organizations and closes each once", async () => {
    await stack.sql`
      insert into public.organizations (name, slug, tier, created_at)
      select 'Client ' || i, 'client-' || i, 'basic', '2026-11-02' from generate_series(1, 500) as i`;
    const started = performance.now();
    const history = await runAt("2027-01-01T03:05:30Z");
    const seconds = (performance.now() - started) / 1000;
    expect(history.filter((r) => r.status !== "succeeded")).toEqual([]);
    const runs = await stack.sql`
      select detail from public.job_runs where job = 'close-usage-period' and run_key = '2027-01-01T03:05:00.000Z'`;
    expect(runs).toEqual([{ detail: { organizations: 502 } }]);
    const [row] = await stack.sql<{ count: number }[]>`
      select count(*)::int as count from public.usage_periods where period = '2026-12'`;
    expect(row!.count).toBe(502);
    expect(seconds).toBeLessThan(120);
  }, 180_000);
});
