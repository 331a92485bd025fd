import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { startFaultServer, type FaultServer } from "@/tests/support/fault-server";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * check-uptime on the local scheduler against a private stack and a local site: checks at the plan's
 * interval, an incident opened by the second consecutive failure and resolved by the first success, one
 * email per owner and admin for each, and a slot run twice changing nothing more.
 */
const stack = stackForThisFile();
let site: FaultServer;
let shop: OrganizationFixture;
let jobs: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
  checkUptime: typeof import("@/inngest/functions/check-uptime").checkUptime;
  checkMonitors: typeof import("@/inngest/functions/check-monitors").checkMonitorsFunction;
};

const quiet = { info: () => {}, warn: () => {}, error: () => {} };
// Slots ahead of the wall clock, so the email sender (which takes the later of slot and clock) sends at once.
const base = Math.ceil(Date.now() / 60_000) * 60_000 + 10 * 60_000;
const slot = (n: number) => new Date(base + n * 60_000);

/** A scheduler as a fresh server process would start it at `when` (a few seconds into the slot's minute). */
async function runSlot(when: Date) {
  const scheduler = new jobs.LocalScheduler({
    functions: jobs.functions,
    now: () => new Date(when.getTime() + 3_000),
    logger: quiet,
    retryDelayMs: () => 10,
  });
  scheduler.tick();
  await scheduler.idle();
  return scheduler.history();
}

async function checks() {
  return stack.sql<{ url: string; ok: boolean; status_code: number | null; error: string | null }[]>`
    select url, ok, status_code, error from public.uptime_checks where org_id = ${shop.id} order by checked_at, url`;
}

async function incidents() {
  return stack.sql<{ title: string; severity: string; started_at: Date; resolved_at: Date | null }[]>`
    select title, severity, started_at, resolved_at from public.incidents where org_id = ${shop.id} order by started_at`;
}

beforeAll(async () => {
  site = await startFaultServer();
  pointAppAt(stack);
  Object.assign(process.env, {
    APP_URL: "https://arco.test",
    MAILBOX_URL: `${stack.apiUrl}/mailbox`,
    ARCO_ANALYZER_ALLOW_LOOPBACK: "1",
  });
  vi.resetModules();
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { checkUptime } = await import("@/inngest/functions/check-uptime");
  const { checkMonitorsFunction } = await import("@/inngest/functions/check-monitors");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  jobs = {
    LocalScheduler,
    functions: [checkUptime, checkMonitorsFunction, sendQueuedEmails],
    checkUptime,
    checkMonitors: checkMonitorsFunction,
  };

  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  await stack.sql`update public.organizations set locale = 'en', time_zone = 'UTC' where id = ${shop.id}`;
  await stack.sql`
    insert into public.monitors (org_id, url, keyword) values
      (${shop.id}, ${`${site.url}/ok`}, 'Welcome'),
      (${shop.id}, ${`${site.url}/flaky`}, null),
      (${shop.id}, ${`${site.url}/paused`}, null)`;
  await stack.sql`update public.monitors set enabled = false where url like '%/paused'`;
});

afterAll(async () => {
  await site.close();
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("check-uptime", () => {
  it("checks each enabled monitor once per slot and opens no incident on one failure", async () => {
    site.flakyStatus = 503;
    const history = await runSlot(slot(0));
    expect(history.filter((r) => r.status !== "succeeded")).toEqual([]);
    expect(await checks()).toEqual([
      { url: `${site.url}/flaky`, ok: false, status_code: 503, error: "http_503" },
      { url: `${site.url}/ok`, ok: true, status_code: 200, error: null },
    ]);
    expect(await incidents()).toEqual([]);
  });

  it("opens an incident on the second consecutive failure, dated from the first, and emails owners and admins", async () => {
    await runSlot(slot(1));
    expect(await incidents()).toEqual([
      { title: `${site.url}/flaky is down`, severity: "minor", started_at: slot(0), resolved_at: null },
    ]);
    const mails = stack.mailbox.list().filter((m) => m.subject === `Down: ${site.url}/flaky`);
    expect(mails.map((m) => m.to).sort()).toEqual([["admin@shop.test"], ["owner@shop.test"]]);
    expect(mails[0]!.text).toContain("HTTP status 503");
    expect(mails[0]!.html).toContain("https://arco.test/app/shop/uptime");
  });

  it("changes nothing when the same slot runs again", async () => {
    const before = { checks: await checks(), incidents: await incidents(), mails: stack.mailbox.list().length };
    const history = await runSlot(slot(1));
    expect(history.find((r) => r.functionId === "check-uptime")?.output).toMatchObject({ due: 2 });
    expect(await checks()).toEqual(before.checks);
    expect(await incidents()).toEqual(before.incidents);
    expect(stack.mailbox.list()).toHaveLength(before.mails);
    const runs = await stack.sql`select run_key from public.job_runs where job = 'check-uptime'`;
    expect(runs).toHaveLength(2);
  });

  it("resolves the incident at the first success and tells the owners and admins how long it lasted", async () => {
    site.flakyStatus = 200;
    await runSlot(slot(2));
    expect(await incidents()).toEqual([
      { title: `${site.url}/flaky is down`, severity: "minor", started_at: slot(0), resolved_at: slot(2) },
    ]);
    const mails = stack.mailbox.list().filter((m) => m.subject === `Back up: ${site.url}/flaky`);
    expect(mails).toHaveLength(2);
    expect(mails[0]!.text).toContain("2 minutes");
  });

  it("runs the same way under the Inngest SDK's own step machinery", async () => {
    const at = slot(30);
    const { result, ctx } = await new InngestTestEngine({ function: jobs.checkUptime }).execute({
      events: [{ name: "inngest/scheduled.timer", data: { cron: "* * * * *" }, ts: at.getTime(), id: "slot-30" }],
      // No Inngest server here: the fan-out is captured instead of sent.
      steps: [{ id: "fan-out-checks", handler: () => ({ ids: [] }) }],
    });
    expect(result).toMatchObject({ slot: at.toISOString(), due: 2, batches: 1 });
    const [, sent] = vi.mocked(ctx.step.sendEvent).mock.calls.find(([id]) => id === "fan-out-checks")!;
    const [batch] = sent as { name: string; data: { monitors: unknown[] } }[];
    expect(batch).toMatchObject({ name: "uptime/checks.due", data: { orgId: shop.id, monitors: expect.any(Array) } });

    const checked = await new InngestTestEngine({ function: jobs.checkMonitors }).execute({
      events: [batch as { name: string; data: Record<string, unknown> }],
    });
    expect(checked.result).toMatchObject({ checked: 2, failed: 0, repeated: 0 });
    const rows = await stack.sql`select 1 from public.uptime_checks where checked_at = ${at}`;
    expect(rows).toHaveLength(2);
  });

  it("checks a free plan's monitors every 15 minutes only", async () => {
    const free = await createOrganization(stack, { slug: "bakery", tier: "free", roles: ["owner"] });
    await stack.sql`insert into public.monitors (org_id, url) values (${free.id}, ${`${site.url}/ok`})`;
    for (let n = 3; n < 18; n++) await runSlot(slot(n));
    const rows = await stack.sql`select checked_at from public.uptime_checks where org_id = ${free.id}`;
    expect(rows).toHaveLength(1);
  });
});
