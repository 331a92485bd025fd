import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface RevenueMonth {
  month: string;
  /** MRR at the end of the month, per plan key. */
  byTier: Record<string, number>;
  total: number;
  newMrr: number;
  expansion: number;
  contraction: number;
  churned: number;
}

export interface FailedPayment {
  eventId: string;
  orgName: string | null;
  orgSlug: string | null;
  amount: number | null;
  at: Date;
}

export interface Revenue {
  months: RevenueMonth[];
  byStatus: Array<{ status: string; count: number }>;
  failedPayments: FailedPayment[];
}

type Row = {
  months: Array<{
    month: string;
    by_tier: Record<string, string> | null;
    new_mrr: string;
    expansion: string;
    contraction: string;
    churned: string;
  }>;
  by_status: Array<{ status: string; count: number }> | null;
  failed: Array<{
    eventId: string;
    orgName: string | null;
    orgSlug: string | null;
    amount: string | null;
    at: string;
  }> | null;
};

/**
 * Revenue from the Stripe mirror, as staff read it, for the last 12 months: MRR per plan at each month's end
 * (a subscription counts from its creation until its cancellation), new MRR (subscriptions created that month),
 * expansion and contraction (amount changes recorded in the audit trail of `subscriptions`), churned MRR
 * (cancellations); subscriptions by status now; and the failed invoice payments of the last 90 days.
 */
export async function getRevenue(db: RequestDb): Promise<Revenue> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with monthly as (
        select s.*, m.factor * s.amount as mrr,
          -- What it brought when it started: the amount its creation recorded in the audit trail.
          m.factor * coalesce((
            select (a.after ->> 'amount')::numeric from public.audit_log a
            where a.org_id = s.org_id and a.table_name = 'subscriptions' and a.action = 'insert'
              and a.row_id = s.id::text
            limit 1), s.amount) as first_mrr
        from public.subscriptions s
        cross join lateral (select case s.interval when 'year' then 1.0 / 12 when 'week' then 52.0 / 12
          when 'day' then 365.0 / 12 else 1 end as factor) m
        where s.status not in ('incomplete', 'incomplete_expired')
      ),
      months as (
        select g.month, g.month + interval '1 month' as month_end
        from generate_series(date_trunc('month', now()) - interval '11 months', date_trunc('month', now()),
          interval '1 month') as g (month)
      ),
      changes as (
        select date_trunc('month', a.occurred_at) as month,
          (a.after ->> 'amount')::numeric - (a.before ->> 'amount')::numeric as delta
        from public.audit_log a
        where a.table_name = 'subscriptions' and a.action = 'update'
          and a.before ? 'amount' and a.after ? 'amount'
          and a.occurred_at >= date_trunc('month', now()) - interval '11 months'
      )
      select
        (select jsonb_agg(jsonb_build_object(
            'month', to_char(m.month, 'YYYY-MM'),
            'by_tier', (select jsonb_object_agg(x.plan_key, x.mrr) from (
                select s.plan_key, sum(s.mrr) as mrr from monthly s
                where s.created_at < m.month_end and (s.canceled_at is null or s.canceled_at >= m.month_end)
                group by s.plan_key) x),
            'new_mrr', (select coalesce(sum(s.first_mrr), 0) from monthly s
              where s.created_at >= m.month and s.created_at < m.month_end),
            'expansion', (select coalesce(sum(c.delta), 0) from changes c where c.month = m.month and c.delta > 0),
            'contraction', (select coalesce(-sum(c.delta), 0) from changes c where c.month = m.month and c.delta < 0),
            'churned', (select coalesce(sum(s.mrr), 0) from monthly s
              where s.canceled_at >= m.month and s.canceled_at < m.month_end)
          ) order by m.month) from months m) as months,
        (select jsonb_agg(jsonb_build_object('status', x.status, 'count', x.n) order by x.n desc)
          from (select s.status, count(*)::int as n from public.subscriptions s group by s.status) x) as by_status,
        (select jsonb_agg(f order by f.at desc) from (
          select e.id as "eventId", o.name as "orgName", o.slug as "orgSlug",
            (e.payload #>> '{data,object,amount_due}')::numeric / 100 as amount, e.received_at as at
          from public.stripe_events e
          left join public.billing_customers c on c.stripe_customer_id = e.payload #>> '{data,object,customer}'
          left join public.organizations o on o.id = c.org_id
          where e.type = 'invoice.payment_failed' and e.received_at > now() - interval '90 days'
          order by e.received_at desc limit 50) f) as failed`),
  );
  return {
    months: (row?.months ?? []).map((m) => {
      const byTier = Object.fromEntries(Object.entries(m.by_tier ?? {}).map(([tier, value]) => [tier, Number(value)]));
      return {
        month: m.month,
        byTier,
        total: Object.values(byTier).reduce((sum, value) => sum + value, 0),
        newMrr: Number(m.new_mrr),
        expansion: Number(m.expansion),
        contraction: Number(m.contraction),
        churned: Number(m.churned),
      };
    }),
    byStatus: row?.by_status ?? [],
    failedPayments: (row?.failed ?? []).map((f) => ({
      ...f,
      amount: f.amount === null ? null : Number(f.amount),
      at: new Date(f.at),
    })),
  };
}
