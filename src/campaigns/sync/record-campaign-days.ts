import "server-only";
import { sql } from "drizzle-orm";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import { serviceDb } from "@/src/db/service-client";
import type { CampaignDay } from "./campaign-day";

export interface RecordedCampaignDays {
  campaigns: number;
  /** Daily rows inserted or changed (a late conversion, a corrected cost); unchanged days count nothing. */
  daysWritten: number;
}

/** The columns keep two decimals; rounding first lets an unchanged day compare equal on the next run. */
const cents = (value: number) => Math.max(0, Math.round(value * 100) / 100);

/**
 * Upserts one date range of an account's results in one transaction: each campaign by (organization, platform,
 * external id) with its latest name, status, objective, budget and currency, then each day by (campaign, day).
 * A day is rewritten only when a figure changed, so a rerun writes nothing and the audit trail stays quiet; the
 * ratios (CTR, CPC, CPA, ROAS) are generated columns, derived from these figures as every screen reads them.
 */
export async function recordCampaignDays(
  orgId: string,
  platform: CampaignPlatform,
  days: CampaignDay[],
): Promise<RecordedCampaignDays> {
  if (days.length === 0) return { campaigns: 0, daysWritten: 0 };
  // The latest day describes the campaign as it is now.
  const latest = new Map<string, CampaignDay>();
  for (const day of days) {
    const seen = latest.get(day.externalId);
    if (!seen || seen.day < day.day) latest.set(day.externalId, day);
  }
  const campaigns = [...latest.values()].map((c) => ({
    external_id: c.externalId,
    name: c.name.slice(0, 255) || c.externalId,
    status: c.status,
    objective: c.objective,
    daily_budget: c.dailyBudget === null ? null : cents(c.dailyBudget),
    currency: c.currency,
  }));
  // One row per campaign and day (a platform repeating one would make the upsert touch a row twice).
  const byKey = new Map(days.map((d) => [`${d.externalId}|${d.day}`, d]));
  const metrics = [...byKey.values()].map((d) => ({
    external_id: d.externalId,
    day: d.day,
    impressions: Math.max(0, Math.round(d.impressions)),
    clicks: Math.max(0, Math.round(d.clicks)),
    conversions: cents(d.conversions),
    cost: cents(d.cost),
    revenue: cents(d.revenue),
  }));
  return serviceDb().transaction(async (tx) => {
    const ids = await tx.execute<{ id: string; external_id: string }>(sql`
      insert into public.campaigns as c (org_id, platform, external_id, name, status, objective, daily_budget, currency)
      select ${orgId}, ${platform}, r.external_id, r.name, r.status, r.objective, r.daily_budget, r.currency
      from jsonb_to_recordset(${JSON.stringify(campaigns)}::jsonb)
        as r(external_id text, name text, status text, objective text, daily_budget numeric, currency text)
      on conflict (org_id, platform, external_id) do update set
        name = excluded.name, status = excluded.status, objective = excluded.objective,
        daily_budget = excluded.daily_budget, currency = excluded.currency
      where (c.name, c.status, c.objective, c.daily_budget, c.currency)
        is distinct from (excluded.name, excluded.status, excluded.objective, excluded.daily_budget, excluded.currency)
      returning c.id, c.external_id`);
    // Unchanged campaigns return nothing from the upsert; their ids are read back.
    const known = await tx.execute<{ id: string; external_id: string }>(sql`
      select id, external_id from public.campaigns
      where org_id = ${orgId} and platform = ${platform}
        and external_id in (select jsonb_array_elements_text(${JSON.stringify(campaigns.map((c) => c.external_id))}::jsonb))`);
    const idOf = new Map([...known, ...ids].map((row) => [row.external_id, row.id]));
    const rows = metrics.map((m) => ({ ...m, campaign_id: idOf.get(m.external_id) }));
    const written = await tx.execute<{ id: string }>(sql`
      insert into public.campaign_metrics as m (campaign_id, org_id, day, impressions, clicks, conversions, cost, revenue)
      select r.campaign_id, ${orgId}, r.day, r.impressions, r.clicks, r.conversions, r.cost, r.revenue
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb)
        as r(campaign_id uuid, day date, impressions bigint, clicks bigint, conversions numeric, cost numeric, revenue numeric)
      on conflict (campaign_id, day) do update set
        impressions = excluded.impressions, clicks = excluded.clicks, conversions = excluded.conversions,
        cost = excluded.cost, revenue = excluded.revenue
      where (m.impressions, m.clicks, m.conversions, m.cost, m.revenue)
        is distinct from (excluded.impressions, excluded.clicks, excluded.conversions, excluded.cost, excluded.revenue)
      returning m.id`);
    return { campaigns: campaigns.length, daysWritten: written.length };
  });
}
