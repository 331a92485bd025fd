import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface AdminOverview {
  clientsByTier: Array<{ tier: string; count: number }>;
  /** Monthly recurring revenue now (BRL), and at the end of each of the last 12 months, oldest first. */
  mrr: number;
  mrrTrend: Array<{ month: string; mrr: number }>;
  tickets: { breached: number; dueSoon: number; onTime: number };
  openIncidents: number;
  leadsThisWeek: number;
  /** Sign-ups (converted leads) per finished analysis in the last 30 days; null without analyses. */
  analyzerConversion: number | null;
  failingJobs: Array<{ job: string; failures: number }>;
  /** Churn and net revenue retention over the last 30 and 90 days. */
  retention: RetentionWindow[];
}

/**
 * What became of the subscriptions live when the window opened: their MRR then (today's amount less the amount
 * changes the audit trail recorded since), the part canceled since, and what they bring now. Net revenue
 * retention is `retainedMrr / startingMrr` (expansion counts, new clients do not); churn is the canceled part.
 */
export interface RetentionWindow {
  days: 30 | 90;
  clients: number;
  churnedClients: number;
  startingMrr: number;
  churnedMrr: number;
  retainedMrr: number;
}

type Row = {
  clients_by_tier: Array<{ tier: string; count: number }> | null;
  mrr: string | null;
  mrr_trend: Array<{ month: string; mrr: string }> | null;
  breached: number;
  due_soon: number;
  on_time: number;
  open_incidents: number;
  leads_this_week: number;
  analyses: number;
  conversions: number;
  failing_jobs: Array<{ job: string; failures: number }> | null;
  retention: Array<{
    days: 30 | 90;
    clients: number;
    churned_clients: number;
    starting_mrr: string;
    churned_mrr: string;
    retained_mrr: string;
  }> | null;
};

/**
 * The agency's overview in one round trip, as staff read it. MRR counts a subscription from its creation until it
 * is canceled (active, trialing and past-due ones now), normalised to a month.
 */
export async function getAdminOverview(db: RequestDb): Promise<AdminOverview> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with monthly as (
        select s.*, f.factor * s.amount as monthly_amount, f.factor
        from public.subscriptions s
        cross join lateral (select case s.interval when 'year' then 1.0 / 12 when 'week' then 52.0 / 12
          when 'day' then 365.0 / 12 else 1 end as factor) f
      ),
      cohort as (
        select w.days, m.monthly_amount as now_mrr,
          (m.status = 'canceled' or coalesce(m.canceled_at <= now(), false)) as churned,
          m.factor * (m.amount - coalesce((
            select sum((a.after ->> 'amount')::numeric - (a.before ->> 'amount')::numeric)
            from public.audit_log a
            where a.org_id = m.org_id and a.table_name = 'subscriptions' and a.action = 'update'
              and a.row_id = m.id::text and a.before ? 'amount' and a.after ? 'amount'
              and a.occurred_at >= now() - make_interval(days => w.days)), 0)) as start_mrr
        from (values (30), (90)) as w (days)
        join monthly m on m.created_at < now() - make_interval(days => w.days)
          and (m.canceled_at is null or m.canceled_at >= now() - make_interval(days => w.days))
          and m.status not in ('incomplete', 'incomplete_expired')
      ),
      open_tickets as (
        select t.created_at + make_interval(hours => t.sla_hours) as due_at
        from public.support_tickets t
        where t.status in ('open', 'in_progress', 'waiting_client') and t.first_response_at is null
          and t.sla_hours is not null
      )
      select
        (select jsonb_agg(jsonb_build_object('tier', x.tier, 'count', x.n) order by x.sort_order)
          from (select p.key as tier, p.sort_order, count(o.id)::int as n
                from public.plans p left join public.organizations o on o.tier = p.key
                group by p.key, p.sort_order) x) as clients_by_tier,
        (select sum(m.monthly_amount) from monthly m where m.status in ('active', 'trialing', 'past_due')) as mrr,
        (select jsonb_agg(jsonb_build_object('month', to_char(g.month, 'YYYY-MM'), 'mrr', coalesce((
            select sum(m.monthly_amount) from monthly m
            where m.created_at < g.month + interval '1 month'
              and (m.canceled_at is null or m.canceled_at >= g.month + interval '1 month')
              and m.status not in ('incomplete', 'incomplete_expired')), 0)) order by g.month)
          from generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()),
            interval '1 month') as g (month)) as mrr_trend,
        (select count(*)::int from open_tickets where due_at < now()) as breached,
        (select count(*)::int from open_tickets where due_at >= now() and due_at < now() + interval '1 hour') as due_soon,
        (select count(*)::int from open_tickets where due_at >= now() + interval '1 hour') as on_time,
        (select count(*)::int from public.incidents i where i.resolved_at is null) as open_incidents,
        (select count(*)::int from public.leads l where l.created_at > now() - interval '7 days') as leads_this_week,
        (select count(*)::int from public.url_analyses a
          where a.status = 'done' and a.created_at > now() - interval '30 days') as analyses,
        (select count(*)::int from public.leads l
          where l.converted_org_id is not null and l.created_at > now() - interval '30 days') as conversions,
        (select jsonb_agg(jsonb_build_object('job', j.job, 'failures', j.n) order by j.n desc)
          from (select r.job, count(*)::int as n from public.job_runs r
                where r.status = 'failed' and r.started_at > now() - interval '7 days' group by r.job) j) as failing_jobs,
        (select jsonb_agg(jsonb_build_object('days', w.days, 'clients', coalesce(c.clients, 0),
            'churned_clients', coalesce(c.churned_clients, 0), 'starting_mrr', coalesce(c.starting_mrr, 0),
            'churned_mrr', coalesce(c.churned_mrr, 0), 'retained_mrr', coalesce(c.retained_mrr, 0)) order by w.days)
          from (values (30), (90)) as w (days)
          left join (select days, count(*)::int as clients, (count(*) filter (where churned))::int as churned_clients,
                sum(start_mrr) as starting_mrr, coalesce(sum(start_mrr) filter (where churned), 0) as churned_mrr,
                coalesce(sum(now_mrr) filter (where not churned), 0) as retained_mrr
              from cohort group by days) c on c.days = w.days) as retention`),
  );
  if (!row) throw new Error("the overview query returned no row");
  return {
    clientsByTier: row.clients_by_tier ?? [],
    mrr: Number(row.mrr ?? 0),
    mrrTrend: (row.mrr_trend ?? []).map((point) => ({ month: point.month, mrr: Number(point.mrr) })),
    tickets: { breached: row.breached, dueSoon: row.due_soon, onTime: row.on_time },
    openIncidents: row.open_incidents,
    leadsThisWeek: row.leads_this_week,
    analyzerConversion: row.analyses === 0 ? null : row.conversions / row.analyses,
    failingJobs: row.failing_jobs ?? [],
    retention: (row.retention ?? []).map((window) => ({
      days: window.days,
      clients: window.clients,
      churnedClients: window.churned_clients,
      startingMrr: Number(window.starting_mrr),
      churnedMrr: Number(window.churned_mrr),
      retainedMrr: Number(window.retained_mrr),
    })),
  };
}
