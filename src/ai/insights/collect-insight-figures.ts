import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { reportSections } from "@/src/reports/report-figures";
import { parseReportSummary, type ReportFigureKey } from "@/src/reports/report-summary";
import type { InsightFigure } from "./insight-figure";

const units: Record<ReportFigureKey, string> = {
  requests: "requests",
  bandwidth_bytes: "bytes",
  performance_score: "score",
  lcp_ms: "ms",
  incidents: "count",
  downtime_minutes: "minutes",
  uptime_percent: "%",
  tickets_opened: "count",
  tickets_resolved: "count",
  deliveries: "count",
  ad_cost: "currency",
  ad_revenue: "currency",
  ad_conversions: "count",
  roas: "ratio",
};

type Draft = Omit<InsightFigure, "id">;
const round = (value: number) => Math.round(value * 100) / 100;

/**
 * The figures an insight is built from, each with the row it comes from: the latest monthly report's summary
 * against the one before (reusing the report's figures), the last 90 days' incidents, the month's ad results
 * per campaign, each project's latest Lighthouse score against its previous one, and the tickets still open.
 * Read by the job as the service; ids F1, F2… are given in this order.
 */
export async function collectInsightFigures(orgId: string): Promise<InsightFigure[]> {
  const db = serviceDb();
  const drafts: Draft[] = [];

  const reports = await db.execute<{ id: string; period: string; summary: unknown }>(sql`
    select id, to_char(period, 'YYYY-MM') as period, summary from public.reports
    where org_id = ${orgId} and status = 'ready' order by period desc limit 2`);
  const [latest, before] = reports.map((row) => ({ ...row, figures: parseReportSummary(row.summary) }));
  if (latest) {
    for (const key of reportSections.flatMap((section) => section.figures)) {
      const value = latest.figures[key];
      if (value === undefined) continue;
      const previous = before?.figures[key];
      drafts.push({
        label: `${key} (${latest.period} report)`,
        value: round(value),
        previous: previous === undefined ? null : round(previous),
        unit: key === "ad_cost" || key === "ad_revenue" ? (latest.figures.currency ?? "BRL") : units[key],
        source: { table: "reports", id: latest.id },
        key,
      });
    }
  }

  const incidents = await db.execute<{ id: string; title: string; severity: string; minutes: number | null }>(sql`
    select id, title, severity,
      round(extract(epoch from (resolved_at - started_at)) / 60)::int as minutes
    from public.incidents
    where org_id = ${orgId} and started_at > now() - interval '90 days'
    order by started_at desc limit 5`);
  for (const incident of incidents) {
    drafts.push({
      label: `incident "${incident.title}" (${incident.severity})`,
      value: incident.minutes ?? "ongoing",
      previous: null,
      unit: incident.minutes === null ? "" : "minutes",
      source: { table: "incidents", id: incident.id },
    });
  }

  const campaigns = await db.execute<{ id: string; name: string; currency: string; cost: string; revenue: string }>(sql`
    select c.id, c.name, c.currency, coalesce(sum(m.cost), 0)::text as cost, coalesce(sum(m.revenue), 0)::text as revenue
    from public.campaigns c
    join public.campaign_metrics m on m.campaign_id = c.id and m.org_id = c.org_id and m.day > current_date - 30
    where c.org_id = ${orgId}
    group by c.id order by sum(m.cost) desc limit 5`);
  for (const campaign of campaigns) {
    const cost = Number(campaign.cost);
    drafts.push({
      label: `campaign "${campaign.name}" cost, last 30 days`,
      value: round(cost),
      previous: null,
      unit: campaign.currency,
      source: { table: "campaigns", id: campaign.id },
    });
    if (cost > 0) {
      drafts.push({
        label: `campaign "${campaign.name}" return on ad spend, last 30 days`,
        value: round(Number(campaign.revenue) / cost),
        previous: null,
        unit: "ratio",
        source: { table: "campaigns", id: campaign.id },
      });
    }
  }

  const scores = await db.execute<{ id: string; url: string; score: number; previous: number | null }>(sql`
    select id, url, performance_score as score, previous from (
      select id, url, performance_score, project_id, measured_at,
        lead(performance_score) over (partition by project_id order by measured_at desc) as previous,
        row_number() over (partition by project_id order by measured_at desc) as n
      from public.performance_metrics
      where org_id = ${orgId} and source = 'lighthouse' and performance_score is not null
    ) ranked where n = 1 order by measured_at desc limit 5`);
  for (const score of scores) {
    drafts.push({
      label: `Lighthouse performance of ${score.url}`,
      value: score.score,
      previous: score.previous,
      unit: "score",
      source: { table: "performance_metrics", id: score.id },
    });
  }

  const tickets = await db.execute<{ id: string; number: number; subject: string; days: number }>(sql`
    select id, number, subject, (current_date - created_at::date)::int as days from public.support_tickets
    where org_id = ${orgId} and status in ('open', 'in_progress', 'waiting_client')
    order by created_at limit 5`);
  for (const ticket of tickets) {
    drafts.push({
      label: `open ticket #${ticket.number} "${ticket.subject}" age`,
      value: ticket.days,
      previous: null,
      unit: "days",
      source: { table: "support_tickets", id: ticket.id },
    });
  }

  return drafts.map((draft, index) => ({ id: `F${index + 1}`, ...draft }));
}
