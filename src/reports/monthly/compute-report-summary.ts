import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/src/db/client";
import type { ReportSummary } from "../report-summary";

/**
 * The month's figures for the report (`reports.summary`), computed from what the jobs and the agency wrote,
 * over the calendar month in the organization's time zone. A figure without data (no checks, no campaigns)
 * is left out, as the summary schema expects.
 */
export async function computeReportSummary(tx: Transaction, orgId: string, period: string): Promise<ReportSummary> {
  const [row] = await tx.execute<Record<string, string | null>>(sql`
    with bounds as (
      select (${`${period}-01`}::timestamp at time zone o.time_zone) as starts,
        ((${`${period}-01`}::timestamp + interval '1 month') at time zone o.time_zone) as ends,
        ${`${period}-01`}::date as first_day, (${`${period}-01`}::date + interval '1 month')::date as next_first_day
      from public.organizations o where o.id = ${orgId}
    )
    select
      (select sum(n.requests_total) from public.network_usage n
        where n.org_id = ${orgId} and n.project_id is null and n.day >= b.first_day and n.day < b.next_first_day) as requests,
      (select sum(n.bandwidth_bytes) from public.network_usage n
        where n.org_id = ${orgId} and n.project_id is null and n.day >= b.first_day and n.day < b.next_first_day) as bandwidth_bytes,
      (select round(avg(p.performance_score), 1) from public.performance_metrics p
        where p.org_id = ${orgId} and p.measured_at >= b.starts and p.measured_at < b.ends) as performance_score,
      (select round(avg(p.lcp_ms)) from public.performance_metrics p
        where p.org_id = ${orgId} and p.measured_at >= b.starts and p.measured_at < b.ends) as lcp_ms,
      (select round(100.0 * count(*) filter (where u.ok) / nullif(count(*), 0), 3) from public.uptime_checks u
        where u.org_id = ${orgId} and u.checked_at >= b.starts and u.checked_at < b.ends) as uptime_percent,
      (select count(*) from public.incidents i
        where i.org_id = ${orgId} and i.started_at >= b.starts and i.started_at < b.ends) as incidents,
      (select coalesce(round(sum(extract(epoch from least(coalesce(i.resolved_at, b.ends), b.ends)
          - greatest(i.started_at, b.starts)) / 60)), 0)
        from public.incidents i
        where i.org_id = ${orgId} and i.started_at < b.ends and coalesce(i.resolved_at, b.ends) > b.starts) as downtime_minutes,
      (select count(*) from public.support_tickets t
        where t.org_id = ${orgId} and t.created_at >= b.starts and t.created_at < b.ends) as tickets_opened,
      (select count(*) from public.support_tickets t
        where t.org_id = ${orgId} and t.resolved_at >= b.starts and t.resolved_at < b.ends) as tickets_resolved,
      (select count(*) from public.deliveries d
        where d.org_id = ${orgId} and d.delivered_at >= b.starts and d.delivered_at < b.ends) as deliveries,
      (select sum(c.cost) from public.campaign_metrics c
        where c.org_id = ${orgId} and c.day >= b.first_day and c.day < b.next_first_day) as ad_cost,
      (select sum(c.revenue) from public.campaign_metrics c
        where c.org_id = ${orgId} and c.day >= b.first_day and c.day < b.next_first_day) as ad_revenue,
      (select sum(c.conversions) from public.campaign_metrics c
        where c.org_id = ${orgId} and c.day >= b.first_day and c.day < b.next_first_day) as ad_conversions
    from bounds b`);
  const summary: ReportSummary = { currency: "BRL" };
  for (const [key, value] of Object.entries(row ?? {})) {
    if (value !== null) (summary as Record<string, number>)[key] = Number(value);
  }
  if (summary.ad_cost && summary.ad_revenue !== undefined) summary.roas = summary.ad_revenue / summary.ad_cost;
  return summary;
}
