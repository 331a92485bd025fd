import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface LighthouseScores {
  performance: number | null;
  accessibility: number | null;
  bestPractices: number | null;
  seo: number | null;
}

export interface EstateHealth {
  /** Share of successful uptime probes over the last 30 days (0–1); null without probes. */
  uptime30d: number | null;
  latestScores: (LighthouseScores & { url: string; measuredAt: Date }) | null;
  /** The median performance score of the 30 days before the latest run, for the trend. */
  previousPerformance: number | null;
  expiringCertificates: Array<{ id: string; name: string; expiresAt: Date }>;
  openTickets: number;
  /** The earliest first-response deadline among open tickets not yet answered. */
  nextSlaDue: { number: number; subject: string; dueAt: Date } | null;
  ongoingIncident: { id: string; title: string; severity: string; startedAt: Date } | null;
}

type Row = {
  uptime: string | null;
  latest: {
    url: string;
    measured_at: string;
    performance: number | null;
    accessibility: number | null;
    best_practices: number | null;
    seo: number | null;
  } | null;
  previous_performance: string | null;
  certificates: Array<{ id: string; name: string; expires_at: string }>;
  open_tickets: string;
  next_sla: { number: number; subject: string; due_at: string } | null;
  incident: { id: string; title: string; severity: string; started_at: string } | null;
};

/**
 * The overview's health panel in one statement (each part a subquery under the caller's row-level security):
 * uptime, the latest Lighthouse scores and their trend, certificates expiring within 30 days, open tickets and
 * the next first-response deadline, and an incident still going on.
 */
export async function getEstateHealth(db: RequestDb, orgId: string): Promise<EstateHealth> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with latest as (
        select url, measured_at, performance_score, accessibility_score, best_practices_score, seo_score
        from public.performance_metrics
        where org_id = ${orgId} and source = 'lighthouse'
        order by measured_at desc limit 1
      )
      select
        (select avg(case when ok then 1.0 else 0.0 end) from public.uptime_checks
          where org_id = ${orgId} and checked_at > now() - interval '30 days') as uptime,
        (select jsonb_build_object('url', url, 'measured_at', measured_at, 'performance', performance_score,
          'accessibility', accessibility_score, 'best_practices', best_practices_score, 'seo', seo_score)
          from latest) as latest,
        (select percentile_cont(0.5) within group (order by p.performance_score)
          from public.performance_metrics p, latest l
          where p.org_id = ${orgId} and p.source = 'lighthouse' and p.url = l.url
            and p.measured_at < l.measured_at and p.measured_at > l.measured_at - interval '30 days') as previous_performance,
        coalesce((select jsonb_agg(jsonb_build_object('id', id, 'name', name, 'expires_at', ssl_expires_at)
            order by ssl_expires_at)
          from public.domains
          where org_id = ${orgId} and ssl_expires_at < now() + interval '30 days'), '[]'::jsonb) as certificates,
        (select count(*) from public.support_tickets
          where org_id = ${orgId} and status not in ('resolved', 'closed')) as open_tickets,
        (select jsonb_build_object('number', number, 'subject', subject,
            'due_at', created_at + make_interval(hours => sla_hours))
          from public.support_tickets
          where org_id = ${orgId} and status not in ('resolved', 'closed')
            and first_response_at is null and sla_hours is not null
          order by created_at + make_interval(hours => sla_hours) limit 1) as next_sla,
        (select jsonb_build_object('id', id, 'title', title, 'severity', severity, 'started_at', started_at)
          from public.incidents where org_id = ${orgId} and resolved_at is null
          order by started_at desc limit 1) as incident`),
  );
  const r = row!;
  return {
    uptime30d: r.uptime === null ? null : Number(r.uptime),
    latestScores: r.latest && {
      url: r.latest.url,
      measuredAt: new Date(r.latest.measured_at),
      performance: r.latest.performance,
      accessibility: r.latest.accessibility,
      bestPractices: r.latest.best_practices,
      seo: r.latest.seo,
    },
    previousPerformance: r.previous_performance === null ? null : Math.round(Number(r.previous_performance)),
    expiringCertificates: r.certificates.map((c) => ({ id: c.id, name: c.name, expiresAt: new Date(c.expires_at) })),
    openTickets: Number(r.open_tickets),
    nextSlaDue: r.next_sla && {
      number: r.next_sla.number,
      subject: r.next_sla.subject,
      dueAt: new Date(r.next_sla.due_at),
    },
    ongoingIncident: r.incident && {
      id: r.incident.id,
      title: r.incident.title,
      severity: r.incident.severity,
      startedAt: new Date(r.incident.started_at),
    },
  };
}
