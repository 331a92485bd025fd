import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface AdSummary {
  spend: number;
  conversions: number;
  revenue: number;
  /** Revenue per real spent; null when nothing was spent. */
  roas: number | null;
  currency: string;
}

/** This month's ad spend, conversions and return across the organization's campaigns (its time zone's month). */
export async function getAdSummary(db: RequestDb, orgId: string, timeZone: string): Promise<AdSummary> {
  const [row] = await db((tx) =>
    tx.execute<{ spend: string; conversions: string; revenue: string; currency: string | null }>(sql`
      select coalesce(sum(m.cost), 0) as spend, coalesce(sum(m.conversions), 0) as conversions,
        coalesce(sum(m.revenue), 0) as revenue, min(c.currency) as currency
      from public.campaign_metrics m
      join public.campaigns c on c.id = m.campaign_id
      where m.org_id = ${orgId}
        and m.day >= date_trunc('month', now() at time zone ${timeZone})::date`),
  );
  const spend = Number(row?.spend ?? 0);
  const revenue = Number(row?.revenue ?? 0);
  return {
    spend,
    conversions: Number(row?.conversions ?? 0),
    revenue,
    roas: spend > 0 ? revenue / spend : null,
    currency: row?.currency ?? "BRL",
  };
}
