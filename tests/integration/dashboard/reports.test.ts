import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { TEST_PASSWORD } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/** The reports pages' queries: the organization's months newest first, and nobody else's report by id. */
const stack = stackForThisFile();

/** The request's Supabase client (cookies are a request's; here, a client signed in as the test's user). */
let requestClient: SupabaseClient;
vi.mock("@/src/supabase/server-client", () => ({ createSupabaseServerClient: async () => requestClient }));

const noSession = { auth: { persistSession: false, autoRefreshToken: false } };

async function signIn(email: string): Promise<SupabaseClient> {
  const client = createClient(stack.apiUrl, stack.anonKey, noSession);
  const { error } = await client.auth.signInWithPassword({ email, password: TEST_PASSWORD });
  if (error) throw error;
  return client;
}

let list: typeof import("@/src/reports/queries/list-reports");
let detail: typeof import("@/src/reports/queries/get-report");
let trend: typeof import("@/src/reports/queries/get-report-trend");
let pdf: typeof import("@/src/reports/storage/sign-report-pdf");
let moda: OrganizationFixture;
let rival: OrganizationFixture;
let rivalReport: string;
let modaMarch: string;

async function report(orgId: string, period: string, status: string, summary: Record<string, unknown>) {
  const ready = status === "ready";
  const [row] = await stack.sql<{ id: string }[]>`
    insert into public.reports (org_id, period, status, object_name, generated_at, summary)
    values (${orgId}, ${period}, ${status}, ${ready ? `${orgId}/reports/${period.slice(0, 7)}.pdf` : null},
      ${ready ? new Date() : null}, ${stack.sql.json(summary as never)})
    returning id`;
  return row!.id;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  list = await import("@/src/reports/queries/list-reports");
  detail = await import("@/src/reports/queries/get-report");
  trend = await import("@/src/reports/queries/get-report-trend");
  pdf = await import("@/src/reports/storage/sign-report-pdf");
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  rival = await createOrganization(stack, { slug: "rival", tier: "pro", roles: ["owner"] });

  // Inserted out of order: the list orders by month, not by insertion.
  await report(moda.id, "2026-02-01", "ready", { uptime_percent: 99.5, performance_score: 81, currency: "BRL" });
  modaMarch = await report(moda.id, "2026-03-01", "ready", {
    uptime_percent: 99.95,
    performance_score: 88,
    requests: 1_250_000,
    ad_cost: 3100.5,
    roas: 4.2,
    currency: "BRL",
    // A value the page cannot use is dropped, not fatal.
    lcp_ms: "not a number",
  });
  await report(moda.id, "2026-04-01", "generating", {});
  await report(moda.id, "2025-09-01", "failed", {});
  rivalReport = await report(rival.id, "2026-03-01", "ready", { performance_score: 12 });
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("listReports", () => {
  it("returns the organization's reports, newest month first, with their summaries", async () => {
    const db = await requestDbAs(moda.users.member);
    const reports = await list.listReports(db, moda.id);
    expect(reports.map((r) => [r.period, r.status])).toEqual([
      ["2026-04-01", "generating"],
      ["2026-03-01", "ready"],
      ["2026-02-01", "ready"],
      ["2025-09-01", "failed"],
    ]);
    expect(reports[1]).toMatchObject({
      id: modaMarch,
      objectName: `${moda.id}/reports/2026-03.pdf`,
      summary: { uptime_percent: 99.95, performance_score: 88, requests: 1_250_000, ad_cost: 3100.5, roas: 4.2 },
    });
    expect(reports[1]!.summary.lcp_ms).toBeUndefined();
    expect(reports[1]!.generatedAt).toBeInstanceOf(Date);
  });

  it("shows nothing of another organization, even asked for its id", async () => {
    const db = await requestDbAs(moda.users.owner);
    expect((await list.listReports(db, moda.id)).map((r) => r.id)).not.toContain(rivalReport);
    expect(await list.listReports(db, rival.id)).toEqual([]);
  });
});

describe("getReport", () => {
  it("returns the organization's report", async () => {
    const db = await requestDbAs(moda.users.member);
    expect(await detail.getReport(db, moda.id, modaMarch)).toMatchObject({
      id: modaMarch,
      period: "2026-03-01",
      status: "ready",
    });
  });

  it("is null for another organization's id, under either organization, and for a malformed id", async () => {
    const db = await requestDbAs(moda.users.owner);
    expect(await detail.getReport(db, moda.id, rivalReport)).toBeNull();
    expect(await detail.getReport(db, rival.id, rivalReport)).toBeNull();
    expect(await detail.getReport(db, moda.id, "not-a-uuid")).toBeNull();
    expect(await detail.getReport(db, moda.id, "00000000-0000-4000-8000-000000000000")).toBeNull();
  });
});

describe("getReportTrend", () => {
  it("gives the months up to the report's, oldest first, within the window", async () => {
    const db = await requestDbAs(moda.users.member);
    const months = await trend.getReportTrend(db, moda.id, "2026-03-01");
    // September is six months before March: outside a six-month window, inside a seven-month one.
    expect(months.map((m) => m.period)).toEqual(["2026-02-01", "2026-03-01"]);
    expect(months.at(-1)!.summary.performance_score).toBe(88);
    const longer = await trend.getReportTrend(db, moda.id, "2026-03-01", 7);
    expect(longer.map((m) => m.period)).toEqual(["2025-09-01", "2026-02-01", "2026-03-01"]);
  });
});

describe("signReportPdf", () => {
  it("signs the PDF the report job wrote, for the organization's members only", async () => {
    // The report job writes with the service role, into the organization's folder of the bucket.
    const job = createClient(stack.apiUrl, stack.serviceRoleKey, noSession);
    const objectName = `${moda.id}/reports/2026-03.pdf`;
    const uploaded = await job.storage
      .from(pdf.reportsBucket)
      .upload(objectName, new Blob(["%PDF-1.7 março"], { type: "application/pdf" }));
    expect(uploaded.error).toBeNull();

    requestClient = await signIn(`member@moda.test`);
    const url = await pdf.signReportPdf(objectName, { download: "relatorio-2026-03.pdf" });
    expect(url).toEqual(expect.any(String));
    const response = await fetch(url!);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe("%PDF-1.7 março");

    // Not written yet: the page says the PDF is being prepared.
    expect(await pdf.signReportPdf(`${moda.id}/reports/2026-02.pdf`)).toBeNull();

    requestClient = await signIn(`owner@rival.test`);
    expect(await pdf.signReportPdf(objectName)).toBeNull();
  });
});
