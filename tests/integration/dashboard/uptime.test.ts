import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The uptime page's numbers come from Postgres aggregates over the caller's visible rows: the uptime of each
 * window, response times and status per day, incidents. Another organization's probes never count.
 */
const stack = stackForThisFile();

let summaries: typeof import("@/src/uptime/queries/get-uptime-summary");
let incidentQueries: typeof import("@/src/uptime/queries/get-incidents");
let searchParams: typeof import("@/src/uptime/uptime-search-params");
let moda: OrganizationFixture;
let padaria: OrganizationFixture;
let empty: OrganizationFixture;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
/**
 * A moment 6 to 18 hours ago at 06:00 or 18:00 UTC: probes a few minutes apart around it fall on one UTC day
 * and inside the last 24 hours whenever the test runs.
 */
const anchor = (() => {
  const now = new Date();
  const midnight = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return new Date(now.getUTCHours() >= 12 ? midnight + 6 * HOUR : midnight - 6 * HOUR);
})();
const daysBefore = (days: number, plusMs = 0) => new Date(anchor.getTime() - days * DAY + plusMs);
const dayOf = (date: Date) => date.toISOString().slice(0, 10);

async function probe(org: OrganizationFixture, at: Date, ok: boolean, statusCode: number | null, responseMs: number) {
  await stack.sql`
    insert into public.uptime_checks (org_id, url, checked_at, status_code, response_ms, ok)
    values (${org.id}, 'https://site.test/', ${at.toISOString()}::timestamptz, ${statusCode}, ${responseMs}, ${ok})`;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  summaries = await import("@/src/uptime/queries/get-uptime-summary");
  incidentQueries = await import("@/src/uptime/queries/get-incidents");
  searchParams = await import("@/src/uptime/uptime-search-params");
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });
  empty = await createOrganization(stack, { slug: "vazia", tier: "free", roles: ["owner"] });

  // Last 24 hours: 3 of 4 ok (the failure answered 503, so its time counts).
  await probe(moda, anchor, true, 200, 200);
  await probe(moda, daysBefore(0, 60_000), true, 200, 300);
  await probe(moda, daysBefore(0, 120_000), true, 200, 400);
  await probe(moda, daysBefore(0, 180_000), false, 503, 100);
  await probe(moda, daysBefore(3), true, 200, 1000);
  await probe(moda, daysBefore(3, 60_000), true, 200, 1000);
  // A timeout: no answer, so it is a failure without a response time.
  await probe(moda, daysBefore(20), true, 200, 500);
  await probe(moda, daysBefore(20, 60_000), false, null, 30_000);
  // 01:00 UTC: still the day before in São Paulo.
  await probe(moda, new Date(Date.parse(`${dayOf(daysBefore(40))}T01:00:00Z`)), true, 200, 700);
  await probe(moda, daysBefore(60), false, 503, 50);
  await probe(moda, daysBefore(100), true, 200, 80);
  for (let i = 0; i < 10; i++) await probe(padaria, daysBefore(0, i * 60_000), false, 500, 9000);

  await stack.sql`
    insert into public.incidents (org_id, title, severity, started_at, resolved_at, cause, postmortem) values
      (${moda.id}, 'Checkout lento', 'major', now() - interval '2 hours', null, 'Consultas sem índice', null),
      (${moda.id}, 'Loja fora do ar', 'critical', now() - interval '3 days', now() - interval '3 days' + interval '130 minutes',
        'Migração travou a tabela', 'Migrações antes da troca de versão.'),
      (${moda.id}, 'Erro 502 na CDN', 'minor', now() - interval '10 days', now() - interval '10 days' + interval '45 minutes',
        null, null),
      (${padaria.id}, 'Hospedagem fora do ar', 'critical', now() - interval '1 hour', null, null, null),
      (${padaria.id}, 'Lentidão', 'minor', now() - interval '1 day', now() - interval '20 hours', null, null)`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the uptime summary", () => {
  it("gives the share of successful probes per window", async () => {
    const summary = await summaries.getUptimeSummary(await requestDbAs(moda.users.member), moda.id, "UTC", 30);
    expect(summary.windows).toEqual({
      day: { checks: 4, ok: 3, ratio: 0.75 },
      week: { checks: 6, ok: 5, ratio: 5 / 6 },
      month: { checks: 8, ok: 6, ratio: 0.75 },
      quarter: { checks: 10, ok: 7, ratio: 0.7 },
    });
  });

  it("averages response times per day in the range, with the 95th percentile, over answered probes only", async () => {
    const db = await requestDbAs(moda.users.member);
    const month = await summaries.getUptimeSummary(db, moda.id, "UTC", 30);
    expect(month.responseDays).toEqual([
      { day: dayOf(daysBefore(20)), averageMs: 500, p95Ms: 500, checks: 1 },
      { day: dayOf(daysBefore(3)), averageMs: 1000, p95Ms: 1000, checks: 2 },
      // 100, 200, 300, 400: the 95th percentile interpolates to 385.
      { day: dayOf(anchor), averageMs: 250, p95Ms: 385, checks: 4 },
    ]);
    const week = await summaries.getUptimeSummary(db, moda.id, "UTC", 7);
    expect(week.responseDays.map((d) => d.day)).toEqual([dayOf(daysBefore(3)), dayOf(anchor)]);
    const quarter = await summaries.getUptimeSummary(db, moda.id, "UTC", 90);
    expect(quarter.responseDays).toHaveLength(5);
  });

  it("rates each of the last 90 days, today last, in the organization's time zone", async () => {
    const db = await requestDbAs(moda.users.member);
    const utc = await summaries.getUptimeSummary(db, moda.id, "UTC", 30);
    const [{ today }] = await stack.sql<[{ today: string }]>`
      select to_char(now() at time zone 'UTC', 'YYYY-MM-DD') as today`;
    expect(utc.statusDays).toHaveLength(90);
    expect(utc.statusDays.at(-1)?.day).toBe(today);
    const byDay = new Map(utc.statusDays.map((d) => [d.day, d]));
    expect(byDay.get(dayOf(anchor))).toEqual({ day: dayOf(anchor), checks: 4, ok: 3, status: "partial" });
    expect(byDay.get(dayOf(daysBefore(3)))).toMatchObject({ checks: 2, ok: 2, status: "up" });
    expect(byDay.get(dayOf(daysBefore(20)))).toMatchObject({ checks: 2, ok: 1, status: "partial" });
    expect(byDay.get(dayOf(daysBefore(60)))).toMatchObject({ checks: 1, ok: 0, status: "down" });
    expect(byDay.get(dayOf(daysBefore(40)))).toMatchObject({ checks: 1, status: "up" });
    expect(utc.statusDays.filter((d) => d.status === "none")).toHaveLength(85);

    const saoPaulo = await summaries.getUptimeSummary(db, moda.id, "America/Sao_Paulo", 30);
    const local = new Map(saoPaulo.statusDays.map((d) => [d.day, d]));
    expect(local.get(dayOf(daysBefore(40)))).toMatchObject({ checks: 0, status: "none" });
    expect(local.get(dayOf(daysBefore(41)))).toMatchObject({ checks: 1, status: "up" });
  });

  it("never counts another organization's probes", async () => {
    const padariaSummary = await summaries.getUptimeSummary(
      await requestDbAs(padaria.users.owner),
      padaria.id,
      "UTC",
      30,
    );
    expect(padariaSummary.windows.day).toEqual({ checks: 10, ok: 0, ratio: 0 });
    expect(padariaSummary.statusDays.filter((d) => d.checks > 0)).toHaveLength(1);

    // Asking for another organization's id shows nothing: row-level security hides its rows.
    const foreign = await summaries.getUptimeSummary(await requestDbAs(moda.users.owner), padaria.id, "UTC", 30);
    expect(foreign.windows.day).toEqual({ checks: 0, ok: 0, ratio: null });
    expect(foreign.responseDays).toEqual([]);
    expect(foreign.statusDays.every((d) => d.status === "none")).toBe(true);
  });

  it("has the empty values without probes", async () => {
    const summary = await summaries.getUptimeSummary(await requestDbAs(empty.users.owner), empty.id, "UTC", 30);
    expect(summary.windows).toEqual({
      day: { checks: 0, ok: 0, ratio: null },
      week: { checks: 0, ok: 0, ratio: null },
      month: { checks: 0, ok: 0, ratio: null },
      quarter: { checks: 0, ok: 0, ratio: null },
    });
    expect(summary.responseDays).toEqual([]);
    expect(summary.statusDays).toHaveLength(90);
    expect(summary.statusDays.every((d) => d.status === "none" && d.checks === 0)).toBe(true);
  });
});

describe("the incidents", () => {
  it("lists the ongoing ones apart, then the resolved ones latest first with their duration", async () => {
    const incidents = await incidentQueries.getIncidents(await requestDbAs(moda.users.member), moda.id);
    expect(incidents.ongoing).toEqual([
      expect.objectContaining({ title: "Checkout lento", severity: "major", resolvedAt: null, durationMs: null }),
    ]);
    expect(incidents.history).toEqual([
      expect.objectContaining({
        title: "Loja fora do ar",
        severity: "critical",
        durationMs: 130 * 60_000,
        cause: "Migração travou a tabela",
        postmortem: "Migrações antes da troca de versão.",
      }),
      expect.objectContaining({
        title: "Erro 502 na CDN",
        severity: "minor",
        durationMs: 45 * 60_000,
        postmortem: null,
      }),
    ]);
    expect(incidents.history[0]!.startedAt).toBeInstanceOf(Date);
    expect(incidents.historyTotal).toBe(2);
  });

  it("cuts the history at the limit and says how many there are", async () => {
    const incidents = await incidentQueries.getIncidents(await requestDbAs(moda.users.member), moda.id, 1);
    expect(incidents.history.map((i) => i.title)).toEqual(["Loja fora do ar"]);
    expect(incidents.historyTotal).toBe(2);
  });

  it("shows nothing of another organization, and nothing when there is nothing", async () => {
    const foreign = await incidentQueries.getIncidents(await requestDbAs(moda.users.owner), padaria.id);
    expect(foreign).toEqual({ ongoing: [], history: [], historyTotal: 0 });
    const none = await incidentQueries.getIncidents(await requestDbAs(empty.users.owner), empty.id);
    expect(none).toEqual({ ongoing: [], history: [], historyTotal: 0 });
  });
});

describe("the range of the response-time chart", () => {
  it("defaults to 30 days and accepts 7, 30 or 90", () => {
    expect(searchParams.parseUptimeSearchParams({})).toEqual({ range: 30 });
    expect(searchParams.parseUptimeSearchParams({ range: "7" })).toEqual({ range: 7 });
    expect(searchParams.parseUptimeSearchParams({ range: "90" })).toEqual({ range: 90 });
    expect(searchParams.parseUptimeSearchParams({ range: "365" })).toEqual({ range: 30 });
    expect(searchParams.parseUptimeSearchParams({ range: ["7", "90"] })).toEqual({ range: 30 });
  });
});
