import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import { isCampaignPlatform, type CampaignPlatform } from "../campaign-platforms";
import { toSums, withRatios, type CampaignFigures, type CampaignSums } from "../campaign-figures";

export interface CampaignRow extends CampaignFigures {
  id: string;
  name: string;
  platform: CampaignPlatform;
  status: "active" | "paused" | "ended";
  /** Null when the platform sets no daily budget (lifetime budgets, say). */
  dailyBudget: number | null;
  currency: string;
}

export interface CampaignPerformance {
  /** The platforms the organization's plan includes, in the plan's order; empty on a plan without campaigns. */
  platforms: CampaignPlatform[];
  /** The platform the figures below are filtered to, or null for every included platform. */
  platform: CampaignPlatform | null;
  /** The range, as days of the organization's calendar ("YYYY-MM-DD"), both ends included; it ends yesterday. */
  firstDay: string;
  lastDay: string;
  /** Per included platform, whatever the filter: how many campaigns and what they did in the range. */
  byPlatform: Array<{ platform: CampaignPlatform; campaigns: number; figures: CampaignFigures }>;
  totals: CampaignFigures;
  /** One entry per day of the range, zeros on days without results. */
  daily: Array<{ day: string } & CampaignSums>;
  campaigns: CampaignRow[];
  currency: string;
  /** Public plans above the current one that include campaigns: what an upgrade would bring. */
  upgrades: Array<{ key: string; name: string; platforms: CampaignPlatform[] }>;
}

type RawSums = Record<keyof CampaignSums, number | string | null>;
type Row = {
  platforms: string[];
  first_day: string;
  last_day: string;
  by_platform: Array<{ platform: string; campaigns: number } & RawSums>;
  totals: RawSums | null;
  daily: Array<{ day: string } & RawSums>;
  campaigns: Array<
    {
      id: string;
      name: string;
      platform: string;
      status: CampaignRow["status"];
      daily_budget: number | string | null;
      currency: string;
    } & RawSums
  >;
  currency: string | null;
  upgrades: Array<{ key: string; name: string; platforms: string[] }>;
};

/**
 * The campaigns page in one statement: the plan's platforms, the range's totals per platform and for the
 * filter, the daily series and each campaign's results. Only the plan's platforms count — after a downgrade
 * the old campaigns stay in the database (nothing is deleted) but are not what the plan shows. The range is the
 * `days` whole days before today in the organization's time zone (the calendar `campaign_metrics.day` uses):
 * today is still being synced, and its partial figures would read as a drop — Google Ads' "last 7 days" leaves
 * today out for the same reason.
 */
export async function getCampaignPerformance(
  db: RequestDb,
  orgId: string,
  { days, platform, timeZone }: { days: number; platform?: CampaignPlatform; timeZone: string },
): Promise<CampaignPerformance> {
  const filter = platform ?? null;
  const sums = (alias: string) =>
    sql.raw(`'spend', coalesce(sum(${alias}.spend), 0), 'impressions', coalesce(sum(${alias}.impressions), 0),
      'clicks', coalesce(sum(${alias}.clicks), 0), 'conversions', coalesce(sum(${alias}.conversions), 0),
      'revenue', coalesce(sum(${alias}.revenue), 0)`);
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with org as (
        select p.sort_order, coalesce(p.features -> 'campaign_platforms', '[]'::jsonb) as platforms
        from public.organizations o join public.plans p on p.key = o.tier
        where o.id = ${orgId}
      ),
      span as (
        select (now() at time zone ${timeZone})::date - ${days}::int as first_day,
          (now() at time zone ${timeZone})::date - 1 as last_day
      ),
      included as (
        select i.platform, i.ord from org, jsonb_array_elements_text(org.platforms) with ordinality i (platform, ord)
      ),
      per_campaign as (
        select c.id, c.name, c.platform, c.status, c.daily_budget, c.currency,
          coalesce(sum(m.cost), 0) as spend, coalesce(sum(m.impressions), 0) as impressions,
          coalesce(sum(m.clicks), 0) as clicks, coalesce(sum(m.conversions), 0) as conversions,
          coalesce(sum(m.revenue), 0) as revenue
        from public.campaigns c
        join included i on i.platform = c.platform
        cross join span s
        left join public.campaign_metrics m
          on m.campaign_id = c.id and m.org_id = ${orgId} and m.day between s.first_day and s.last_day
        where c.org_id = ${orgId}
        group by c.id
      ),
      selected as (
        select * from per_campaign where ${filter}::text is null or platform = ${filter}::text
      ),
      daily as (
        select d.day::date as day, coalesce(sum(m.cost), 0) as spend, coalesce(sum(m.impressions), 0) as impressions,
          coalesce(sum(m.clicks), 0) as clicks, coalesce(sum(m.conversions), 0) as conversions,
          coalesce(sum(m.revenue), 0) as revenue
        from span s
        cross join generate_series(s.first_day, s.last_day, interval '1 day') d (day)
        left join (public.campaign_metrics m join selected sc on sc.id = m.campaign_id)
          on m.org_id = ${orgId} and m.day = d.day::date
        group by d.day
      )
      select
        (select coalesce(jsonb_agg(i.platform order by i.ord), '[]'::jsonb) from included i) as platforms,
        (select first_day::text from span) as first_day,
        (select last_day::text from span) as last_day,
        (select coalesce(jsonb_agg(pp.figures order by pp.ord), '[]'::jsonb)
          from (
            select i.ord, jsonb_build_object('platform', i.platform, 'campaigns', count(pc.id), ${sums("pc")}) as figures
            from included i left join per_campaign pc on pc.platform = i.platform
            group by i.platform, i.ord
          ) pp) as by_platform,
        (select jsonb_build_object(${sums("sc")}) from selected sc) as totals,
        (select coalesce(jsonb_agg(to_jsonb(d) order by d.day), '[]'::jsonb) from daily d) as daily,
        (select coalesce(jsonb_agg(to_jsonb(sc)
            order by case sc.status when 'active' then 0 when 'paused' then 1 else 2 end, sc.spend desc, sc.name),
            '[]'::jsonb)
          from selected sc) as campaigns,
        (select min(currency) from per_campaign) as currency,
        (select coalesce(jsonb_agg(jsonb_build_object('key', p.key, 'name', p.name,
            'platforms', p.features -> 'campaign_platforms') order by p.sort_order), '[]'::jsonb)
          from public.plans p
          where p.is_public and p.sort_order > coalesce((select sort_order from org), -1)
            and jsonb_array_length(coalesce(p.features -> 'campaign_platforms', '[]'::jsonb)) > 0) as upgrades`),
  );
  const r = row!;
  const platforms = r.platforms.filter(isCampaignPlatform);
  return {
    platforms,
    platform: filter,
    firstDay: r.first_day,
    lastDay: r.last_day,
    byPlatform: r.by_platform
      .filter((p): p is typeof p & { platform: CampaignPlatform } => isCampaignPlatform(p.platform))
      .map((p) => ({ platform: p.platform, campaigns: Number(p.campaigns), figures: withRatios(toSums(p)) })),
    totals: withRatios(toSums(r.totals ?? ({} as RawSums))),
    daily: r.daily.map((d) => ({ day: d.day, ...toSums(d) })),
    campaigns: r.campaigns
      .filter((c): c is typeof c & { platform: CampaignPlatform } => isCampaignPlatform(c.platform))
      .map((c) => ({
        id: c.id,
        name: c.name,
        platform: c.platform,
        status: c.status,
        dailyBudget: c.daily_budget === null ? null : Number(c.daily_budget),
        currency: c.currency,
        ...withRatios(toSums(c)),
      })),
    currency: r.currency ?? "BRL",
    upgrades: r.upgrades.map((u) => ({ key: u.key, name: u.name, platforms: u.platforms.filter(isCampaignPlatform) })),
  };
}
