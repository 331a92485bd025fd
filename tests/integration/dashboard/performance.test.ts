import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The performance page: which pages are measured, the latest Lighthouse run, per-day medians of the lab runs
 * in the range, real-user (CrUX) data apart, and the analyzer baseline as the "before".
 */
const stack = stackForThisFile();

let urlsQuery: typeof import("@/src/performance/queries/get-measured-urls");
let reportQuery: typeof import("@/src/performance/queries/get-performance-report");
let searchParams: typeof import("@/src/performance/performance-search-params");
let moda: OrganizationFixture;
let padaria: OrganizationFixture;
let empty: OrganizationFixture;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/** 06:00 or 18:00 UTC, 6 to 18 hours ago: runs a few minutes around it share one UTC day. */
const anchor = (() => {
  const now = new Date();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(now.getUTCHours() >= 12 ? midnight + 6 * HOUR : midnight - 6 * HOUR);
})();
const daysBefore = (days: number, plusMs = 0) => new Date(anchor.getTime() - days * DAY + plusMs);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

const HOME = "https://moda.test/";
const SALE = "https://moda.test/liquidacao";

type Measurement = {
  at: Date;
  source?: "lighthouse" | "crux" | "analyzer";
  url?: string;
  scores?: [number, number, number, number];
  lcp?: number | null;
  inp?: number | null;
  cls?: number | null;
  fcp?: number | null;
  ttfb?: number | null;
};

async function measure(org: OrganizationFixture, m: Measurement) {
  const [performance, accessibility, bestPractices, seo] = m.scores ?? [null, null, null, null];
  await stack.sql`
    insert into public.performance_metrics (org_id, url, measured_at, lcp_ms, inp_ms, cls, fcp_ms, ttfb_ms,
      performance_score, accessibility_score, best_practices_score, seo_score, source)
    values (${org.id}, ${m.url ?? HOME}, ${m.at.toISOString()}::timestamptz, ${m.lcp ?? null}, ${m.inp ?? null},
      ${m.cls ?? null}, ${m.fcp ?? null}, ${m.ttfb ?? null}, ${performance}, ${accessibility}, ${bestPractices},
      ${seo}, ${m.source ?? "lighthouse"})`;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  urlsQuery = await import("@/src/performance/queries/get-measured-urls");
  reportQuery = await import("@/src/performance/queries/get-performance-report");
  searchParams = await import("@/src/performance/performance-search-params");
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });
  empty = await createOrganization(stack, { slug: "vazia", tier: "free", roles: ["owner"] });

  await measure(moda, { at: anchor, scores: [95, 90, 100, 80], lcp: 1500, cls: 0.05, fcp: 900, ttfb: 300 });
  // Two runs on one day: the day shows their median.
  await measure(moda, { at: daysBefore(5), scores: [80, 90, 96, 100], lcp: 2000, cls: 0.1, fcp: 1000, ttfb: 400 });
  await measure(moda, {
    at: daysBefore(5, 60 * 60_000),
    scores: [90, 92, 100, 100],
    lcp: 3000,
    cls: 0.2,
    fcp: 1200,
    ttfb: null,
  });
  await measure(moda, { at: daysBefore(60), scores: [40, 70, 75, 80], lcp: 6000, cls: 0.4, fcp: 3500, ttfb: 2000 });
  await measure(moda, { at: daysBefore(1), url: SALE, scores: [50, 50, 50, 50], lcp: 9000 });
  await measure(moda, {
    at: daysBefore(2),
    source: "crux",
    lcp: 2100,
    inp: 180,
    cls: 0.08,
    fcp: 1200,
    ttfb: 700,
  });
  await measure(moda, { at: daysBefore(100), source: "crux", lcp: 4100, inp: 600, cls: 0.3, fcp: 2000, ttfb: 900 });
  await measure(moda, {
    at: daysBefore(200),
    source: "analyzer",
    url: "https://www.moda.test/",
    scores: [30, 60, 70, 80],
    lcp: 7000,
    cls: 0.5,
    fcp: 4000,
    ttfb: 1900,
  });

  for (let i = 0; i < 5; i++)
    await measure(padaria, { at: daysBefore(i), url: "https://padaria.test/", scores: [10, 10, 10, 10] });
  await measure(padaria, { at: daysBefore(300), source: "analyzer", url: HOME, scores: [1, 1, 1, 1] });
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the measured pages", () => {
  it("lists the organization's Lighthouse pages, the most measured first", async () => {
    const urls = await urlsQuery.getMeasuredUrls(await requestDbAs(moda.users.member), moda.id);
    expect(urls).toEqual([
      { url: HOME, runs: 4 },
      { url: SALE, runs: 1 },
    ]);
    expect(await urlsQuery.getMeasuredUrls(await requestDbAs(moda.users.member), padaria.id)).toEqual([]);
    expect(await urlsQuery.getMeasuredUrls(await requestDbAs(empty.users.owner), empty.id)).toEqual([]);
  });

  it("keeps a requested page only when it is measured", () => {
    const measured = [{ url: HOME }, { url: SALE }];
    expect(searchParams.chooseMeasuredUrl(measured, SALE)).toBe(SALE);
    expect(searchParams.chooseMeasuredUrl(measured, "https://padaria.test/")).toBe(HOME);
    expect(searchParams.chooseMeasuredUrl(measured, undefined)).toBe(HOME);
    expect(searchParams.chooseMeasuredUrl([], SALE)).toBeNull();
  });
});

describe("the performance report of a page", () => {
  it("gives the latest run, and the lab runs of the range as per-day medians", async () => {
    const report = await reportQuery.getPerformanceReport(
      await requestDbAs(moda.users.member),
      moda.id,
      HOME,
      "UTC",
      30,
    );
    expect(report.latest).toEqual({
      measuredAt: anchor,
      scores: { performance: 95, accessibility: 90, bestPractices: 100, seo: 80 },
      metrics: { lcp: 1500, inp: null, cls: 0.05, fcp: 900, ttfb: 300 },
    });
    expect(report.lab).toEqual([
      {
        day: dayOf(daysBefore(5)),
        runs: 2,
        scores: { performance: 85, accessibility: 91, bestPractices: 98, seo: 100 },
        metrics: { lcp: 2500, inp: null, cls: 0.15, fcp: 1100, ttfb: 400 },
      },
      {
        day: dayOf(anchor),
        runs: 1,
        scores: { performance: 95, accessibility: 90, bestPractices: 100, seo: 80 },
        metrics: { lcp: 1500, inp: null, cls: 0.05, fcp: 900, ttfb: 300 },
      },
    ]);
  });

  it("keeps real-user data apart, and widens with the range", async () => {
    const db = await requestDbAs(moda.users.member);
    const month = await reportQuery.getPerformanceReport(db, moda.id, HOME, "UTC", 30);
    expect(month.fieldLatest).toEqual({
      measuredAt: daysBefore(2),
      metrics: { lcp: 2100, inp: 180, cls: 0.08, fcp: 1200, ttfb: 700 },
    });
    expect(month.field).toEqual([
      { day: dayOf(daysBefore(2)), metrics: { lcp: 2100, inp: 180, cls: 0.08, fcp: 1200, ttfb: 700 } },
    ]);
    const half = await reportQuery.getPerformanceReport(db, moda.id, HOME, "UTC", 180);
    expect(half.lab.map((d) => d.day)).toEqual([daysBefore(60), daysBefore(5), anchor].map(dayOf));
    expect(half.field).toHaveLength(2);
  });

  it("takes the analyzer baseline as the before, the organization's own", async () => {
    const report = await reportQuery.getPerformanceReport(
      await requestDbAs(moda.users.member),
      moda.id,
      HOME,
      "UTC",
      30,
    );
    expect(report.baseline).toEqual({
      url: "https://www.moda.test/",
      measuredAt: daysBefore(200),
      scores: { performance: 30, accessibility: 60, bestPractices: 70, seo: 80 },
      metrics: { lcp: 7000, inp: null, cls: 0.5, fcp: 4000, ttfb: 1900 },
    });
    // No page measured yet: the baseline alone.
    const unmeasured = await reportQuery.getPerformanceReport(
      await requestDbAs(padaria.users.owner),
      padaria.id,
      null,
      "UTC",
      30,
    );
    expect(unmeasured).toMatchObject({ latest: null, lab: [], fieldLatest: null, field: [] });
    expect(unmeasured.baseline?.scores.performance).toBe(1);
  });

  it("shows nothing of another organization's pages, and the empty values without measurements", async () => {
    const emptyReport = { latest: null, lab: [], fieldLatest: null, field: [], baseline: null };
    const db = await requestDbAs(moda.users.owner);
    expect(await reportQuery.getPerformanceReport(db, padaria.id, "https://padaria.test/", "UTC", 30)).toEqual(
      emptyReport,
    );
    expect(await reportQuery.getPerformanceReport(db, padaria.id, HOME, "UTC", 30)).toEqual(emptyReport);
    const none = await reportQuery.getPerformanceReport(
      await requestDbAs(empty.users.owner),
      empty.id,
      null,
      "UTC",
      30,
    );
    expect(none).toEqual(emptyReport);
  });
});

describe("the page's search parameters", () => {
  it("default to 30 days and the most measured page", () => {
    expect(searchParams.parsePerformanceSearchParams({})).toEqual({ range: 30, url: undefined });
    expect(searchParams.parsePerformanceSearchParams({ range: "180", url: SALE })).toEqual({ range: 180, url: SALE });
    expect(searchParams.parsePerformanceSearchParams({ range: "7", url: ["a", "b"] })).toEqual({
      range: 30,
      url: undefined,
    });
  });
});
