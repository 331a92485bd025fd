import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The campaigns page's query: the range's totals are the sums of the daily rows, ratios come from those sums,
 * only the plan's platforms count, and another organization's rows never do.
 */
const stack = stackForThisFile();
const timeZone = "America/Sao_Paulo";

let query: typeof import("@/src/campaigns/queries/get-campaign-performance");
let moda: OrganizationFixture;
let rival: OrganizationFixture;
let padaria: OrganizationFixture;

/** A daily row `daysAgo` days before today in the organizations' time zone. */
async function metric(
  campaignId: string,
  orgId: string,
  daysAgo: number,
  row: { impressions: number; clicks: number; conversions: number; cost: number; revenue: number },
) {
  await stack.sql`
    insert into public.campaign_metrics (campaign_id, org_id, day, impressions, clicks, conversions, cost, revenue)
    values (${campaignId}, ${orgId}, (now() at time zone ${timeZone})::date - ${daysAgo}::int, ${row.impressions},
      ${row.clicks}, ${row.conversions}, ${row.cost}, ${row.revenue})`;
}

async function campaign(
  orgId: string,
  platform: string,
  name: string,
  status = "active",
  dailyBudget: number | null = 50,
) {
  const [row] = await stack.sql<{ id: string }[]>`
    insert into public.campaigns (org_id, platform, name, status, daily_budget)
    values (${orgId}, ${platform}, ${name}, ${status}, ${dailyBudget}) returning id`;
  return row!.id;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  query = await import("@/src/campaigns/queries/get-campaign-performance");
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  rival = await createOrganization(stack, { slug: "rival", tier: "pro", roles: ["owner"] });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });

  const search = await campaign(moda.id, "google_ads", "Pesquisa — Marca");
  const remarketing = await campaign(moda.id, "meta_ads", "Remarketing", "paused", null);
  // A small day and a big day: the average of their CTRs (5.5%) is not the range's CTR (110 / 10,100).
  await metric(search, moda.id, 1, { impressions: 100, clicks: 10, conversions: 1, cost: 20, revenue: 100 });
  await metric(search, moda.id, 4, { impressions: 10_000, clicks: 100, conversions: 4, cost: 180, revenue: 500 });
  // Outside a 7-day range, inside a 30-day one.
  await metric(search, moda.id, 13, { impressions: 1_000, clicks: 50, conversions: 5, cost: 100, revenue: 300 });
  await metric(remarketing, moda.id, 2, { impressions: 2_000, clicks: 40, conversions: 0, cost: 60, revenue: 0 });

  // Today is still being synced: no range counts it yet.
  await metric(search, moda.id, 0, { impressions: 7_777, clicks: 777, conversions: 77, cost: 777, revenue: 7_777 });

  // Same days, another client: must never show up in Moda's figures.
  const theirs = await campaign(rival.id, "google_ads", "Concorrente");
  await metric(theirs, rival.id, 1, { impressions: 9_999, clicks: 999, conversions: 99, cost: 999, revenue: 9_999 });
  await metric(theirs, rival.id, 2, { impressions: 9_999, clicks: 999, conversions: 99, cost: 999, revenue: 9_999 });
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("getCampaignPerformance", () => {
  it("totals a range as the sums of its daily rows, with ratios from the sums", async () => {
    const db = await requestDbAs(moda.users.member);
    const result = await query.getCampaignPerformance(db, moda.id, { days: 7, timeZone });

    expect(result.platforms).toEqual(["google_ads", "meta_ads"]);
    expect(result.totals).toMatchObject({
      spend: 20 + 180 + 60,
      impressions: 100 + 10_000 + 2_000,
      clicks: 10 + 100 + 40,
      conversions: 1 + 4,
      revenue: 100 + 500,
    });
    expect(result.totals.ctr).toBeCloseTo(150 / 12_100, 10);
    expect(result.totals.cpc).toBeCloseTo(260 / 150, 10);
    expect(result.totals.cpa).toBeCloseTo(260 / 5, 10);
    expect(result.totals.roas).toBeCloseTo(600 / 260, 10);

    const google = result.byPlatform.find((p) => p.platform === "google_ads")!;
    expect(google.campaigns).toBe(1);
    expect(google.figures.ctr).toBeCloseTo(110 / 10_100, 10);
    expect(google.figures.ctr).not.toBeCloseTo((0.1 + 0.01) / 2, 3);
    const meta = result.byPlatform.find((p) => p.platform === "meta_ads")!;
    expect(meta.figures).toMatchObject({ spend: 60, conversions: 0, cpa: null, roas: 0 });

    const [yesterday] = await stack.sql<{ day: string }[]>`
      select ((now() at time zone ${timeZone})::date - 1)::text as day`;
    expect(result.lastDay).toBe(yesterday!.day);
    expect(result.daily).toHaveLength(7);
    expect(result.daily.reduce((sum, d) => sum + d.spend, 0)).toBe(260);
    expect(result.daily.at(-1)).toMatchObject({ day: result.lastDay, spend: 20, clicks: 10 });

    expect(result.campaigns.map((c) => [c.name, c.status, c.dailyBudget, c.spend])).toEqual([
      ["Pesquisa — Marca", "active", 50, 200],
      ["Remarketing", "paused", null, 60],
    ]);
  });

  it("widens with the range and narrows with the platform filter", async () => {
    const db = await requestDbAs(moda.users.owner);
    const month = await query.getCampaignPerformance(db, moda.id, { days: 30, timeZone });
    expect(month.totals.spend).toBe(360);
    expect(month.daily).toHaveLength(30);

    const google = await query.getCampaignPerformance(db, moda.id, { days: 30, platform: "google_ads", timeZone });
    expect(google.platform).toBe("google_ads");
    expect(google.totals).toMatchObject({ spend: 300, clicks: 160, impressions: 11_100 });
    expect(google.totals.ctr).toBeCloseTo(160 / 11_100, 10);
    expect(google.campaigns.map((c) => c.platform)).toEqual(["google_ads"]);
    // The per-platform cards keep every platform the plan includes.
    expect(google.byPlatform.map((p) => p.platform)).toEqual(["google_ads", "meta_ads"]);
  });

  it("reports no platforms for a Free organization, and the plans that would add them", async () => {
    const db = await requestDbAs(padaria.users.owner);
    const result = await query.getCampaignPerformance(db, padaria.id, { days: 30, timeZone });
    expect(result.platforms).toEqual([]);
    expect(result.byPlatform).toEqual([]);
    expect(result.campaigns).toEqual([]);
    expect(result.totals).toMatchObject({ spend: 0, clicks: 0, ctr: null, roas: null });
    expect(result.upgrades).toEqual([
      { key: "basic", name: "Basic", platforms: ["google_ads"] },
      { key: "pro", name: "Pro", platforms: ["google_ads", "meta_ads"] },
      { key: "enterprise", name: "Enterprise", platforms: ["google_ads", "meta_ads"] },
    ]);
  });

  it("never counts another organization's rows, even when asked for its id", async () => {
    const db = await requestDbAs(moda.users.member);
    const mine = await query.getCampaignPerformance(db, moda.id, { days: 90, timeZone });
    expect(mine.campaigns.map((c) => c.name)).not.toContain("Concorrente");
    expect(mine.totals.spend).toBe(360);

    const theirs = await query.getCampaignPerformance(db, rival.id, { days: 90, timeZone });
    expect(theirs.platforms).toEqual([]);
    expect(theirs.campaigns).toEqual([]);
    expect(theirs.totals.spend).toBe(0);
  });
});
