import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";
import { pdfVisibleText } from "@/tests/unit/analyzer-pages/pdf-text";

/**
 * The monthly report after the usage period closes, on the local scheduler against a private stack: figures
 * computed from the month's data, a PDF in the private bucket whose text carries them, the row ready, one
 * email per owner and admin; a run that died halfway finished by the next, and no second email for a month.
 */
const stack = stackForThisFile();
let shop: OrganizationFixture;
let bakery: OrganizationFixture;
let jobs: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
  prepareReport: typeof import("@/src/reports/monthly/prepare-report").prepareReport;
};

const quiet = { info: () => {}, warn: () => {}, error: () => {} };

function scheduler(iso?: string) {
  return new jobs.LocalScheduler({
    functions: jobs.functions,
    logger: quiet,
    ...(iso ? { now: () => new Date(iso) } : {}),
  });
}

async function download(objectName: string): Promise<Buffer> {
  const supabase = createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false } });
  const { data, error } = await supabase.storage.from("report-pdfs").download(objectName);
  if (error) throw error;
  return Buffer.from(await data.arrayBuffer());
}

async function reportRows() {
  return stack.sql<{ slug: string; status: string; object_name: string | null; summary: Record<string, number> }[]>`
    select o.slug, r.status, r.object_name, r.summary
    from public.reports r join public.organizations o on o.id = r.org_id order by o.slug`;
}

const readyMails = () => stack.mailbox.list().filter((m) => m.subject.includes("report"));

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, { APP_URL: "https://arco.test", MAILBOX_URL: `${stack.apiUrl}/mailbox` });
  vi.resetModules();
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { closeUsagePeriod } = await import("@/inngest/functions/close-usage-period");
  const { closeOrganizationPeriod } = await import("@/inngest/functions/close-organization-period");
  const { generateMonthlyReports } = await import("@/inngest/functions/generate-monthly-reports");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  const { prepareReport } = await import("@/src/reports/monthly/prepare-report");
  jobs = {
    LocalScheduler,
    functions: [closeUsagePeriod, closeOrganizationPeriod, generateMonthlyReports, sendQueuedEmails],
    prepareReport,
  };

  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  bakery = await createOrganization(stack, { slug: "bakery", tier: "free", roles: ["owner"] });
  await stack.sql`
    update public.organizations set locale = 'en', time_zone = 'UTC', created_at = '2026-10-01'
    where id in (${shop.id}, ${bakery.id})`;
  const [project] = await stack.sql<{ id: string }[]>`
    insert into public.projects (org_id, name) values (${shop.id}, 'Site') returning id`;
  const [campaign] = await stack.sql<{ id: string }[]>`
    insert into public.campaigns (org_id, platform, name) values (${shop.id}, 'google_ads', 'Search') returning id`;
  await stack.sql`
    insert into public.uptime_checks (org_id, url, checked_at, ok) values
      (${shop.id}, 'https://shop.test/', '2026-11-03T10:00Z', true),
      (${shop.id}, 'https://shop.test/', '2026-11-03T10:01Z', true),
      (${shop.id}, 'https://shop.test/', '2026-11-03T10:02Z', true),
      (${shop.id}, 'https://shop.test/', '2026-11-03T10:03Z', false),
      (${shop.id}, 'https://shop.test/', '2026-12-01T10:00Z', false)`;
  await stack.sql`
    insert into public.incidents (org_id, title, severity, started_at, resolved_at)
    values (${shop.id}, 'Down', 'major', '2026-11-03T10:03Z', '2026-11-03T10:45Z')`;
  await stack.sql`
    insert into public.performance_metrics (org_id, url, source, measured_at, performance_score, lcp_ms) values
      (${shop.id}, 'https://shop.test/', 'lighthouse', '2026-11-10T00:00Z', 80, 2000),
      (${shop.id}, 'https://shop.test/', 'lighthouse', '2026-11-20T00:00Z', 90, 3000)`;
  await stack.sql`
    insert into public.deliveries (org_id, project_id, title, delivered_at)
    values (${shop.id}, ${project!.id}, 'New home page', '2026-11-15T00:00Z')`;
  await stack.sql`
    insert into public.campaign_metrics (org_id, campaign_id, day, impressions, clicks, conversions, cost, revenue)
    values (${shop.id}, ${campaign!.id}, '2026-11-05', 10000, 300, 12, 100, 450)`;
  await stack.sql`
    insert into public.network_usage (org_id, day, requests_total, bandwidth_bytes)
    values (${shop.id}, '2026-11-05', 12345, 1073741824)`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("generate-monthly-reports", () => {
  it("makes the paying organization's report once the month closes, with the month's figures", async () => {
    const run = scheduler("2026-12-01T00:05:30Z");
    run.tick();
    await run.idle();
    expect(run.history().filter((r) => r.status !== "succeeded")).toEqual([]);
    const rows = await reportRows();
    expect(rows).toEqual([
      {
        slug: "shop",
        status: "ready",
        object_name: `${shop.id}/reports/2026-11.pdf`,
        summary: {
          currency: "BRL",
          uptime_percent: 75,
          incidents: 1,
          downtime_minutes: 42,
          performance_score: 85,
          lcp_ms: 2500,
          tickets_opened: 0,
          tickets_resolved: 0,
          deliveries: 1,
          ad_cost: 100,
          ad_revenue: 450,
          ad_conversions: 12,
          roas: 4.5,
          requests: 12345,
          bandwidth_bytes: 1073741824,
        },
      },
    ]);
  });

  it("stores a PDF that opens and carries the figures", async () => {
    const pdf = await download(`${shop.id}/reports/2026-11.pdf`);
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    const text = pdfVisibleText(pdf);
    for (const expected of [
      "November 2026 report",
      "shop",
      "Availability",
      "75%",
      "42 min",
      "R$100.00",
      "4.5",
      "12.3K",
      "85 out of 100",
    ]) {
      expect(text).toContain(expected);
    }
  });

  it("emails each owner and admin once", async () => {
    expect(
      readyMails()
        .map((m) => m.to[0])
        .sort(),
    ).toEqual(["admin@shop.test", "owner@shop.test"]);
    expect(readyMails()[0]!.subject).toBe("shop's November 2026 report");
  });

  it("finishes a report whose run died halfway, without a second email for the month", async () => {
    // A run that died after opening the row: the report is left generating, with no PDF.
    await stack.sql`update public.reports set status = 'generating', object_name = null, generated_at = null`;
    const retry = scheduler();
    const first = await retry.invoke("generate-monthly-reports", { orgId: shop.id, period: "2026-11" });
    expect(first).toMatchObject({ status: "succeeded", output: { generated: true, emails: 0 } });
    expect((await reportRows())[0]).toMatchObject({ status: "ready" });
    const again = await retry.invoke("generate-monthly-reports", { orgId: shop.id, period: "2026-11" });
    expect(again).toMatchObject({ status: "succeeded", output: { generated: false, emails: 0 } });
    expect(readyMails()).toHaveLength(2);
  });

  it("marks a report failed once its run gives up, and a later run still finishes it", async () => {
    const studio = await createOrganization(stack, { slug: "studio", tier: "basic", roles: ["owner"] });
    await stack.sql`update public.organizations set locale = 'en', created_at = '2026-10-01' where id = ${studio.id}`;
    // The bucket refuses PDFs for a while: every attempt to store this report fails.
    await stack.sql`update storage.buckets set allowed_mime_types = array['image/png'] where id = 'report-pdfs'`;
    const failing = new jobs.LocalScheduler({ functions: jobs.functions, logger: quiet, retryDelayMs: () => 1 });
    const failed = await failing.invoke("generate-monthly-reports", { orgId: studio.id, period: "2026-11" });
    expect(failed.status).toBe("failed");
    const [row] = await stack.sql`select status from public.reports where org_id = ${studio.id}`;
    expect(row).toEqual({ status: "failed" });

    await stack.sql`update storage.buckets set allowed_mime_types = array['application/pdf'] where id = 'report-pdfs'`;
    const later = await scheduler().invoke("generate-monthly-reports", { orgId: studio.id, period: "2026-11" });
    expect(later).toMatchObject({ status: "succeeded", output: { generated: true, emails: 1 } });
    expect(readyMails().filter((m) => m.to[0] === "owner@studio.test")).toHaveLength(1);
  });
});
