import { sql, type SQL } from "drizzle-orm";
import type { ClientListSearch, ClientSortKey } from "../client-list-search";

export const CLIENTS_PAGE_SIZE = 25;

// A whitelist, so the URL's sort key never reaches SQL as text.
const orderBy: Record<ClientSortKey, string> = {
  name: "name",
  tier: "tier_order",
  mrr: "mrr",
  usage: "peak_ratio",
  tickets: "open_tickets",
  activity: "last_activity_at",
};

/**
 * The clients table's one statement (filters, figures, sort, page), kept apart from its runner so the benchmark
 * times exactly what the page sends, as staff and as the service role.
 */
export function clientsQuery(search: ClientListSearch): SQL {
  const pattern = search.q ? `%${search.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
  const direction = search.dir === "desc" ? "desc" : "asc";
  const offset = (search.page - 1) * CLIENTS_PAGE_SIZE;
  return sql`
      with matching as (
        select o.id, o.name, o.slug, o.tier, pl.sort_order as tier_order
        from public.organizations o
        join public.plans pl on pl.key = o.tier
        where (${pattern}::text is null or o.name ilike ${pattern} or o.slug ilike ${pattern})
          and (${search.tier ?? null}::text is null or o.tier = ${search.tier ?? null})
      ),
      figures as (
        select m.*,
          sub.status as subscription_status,
          coalesce(sub.mrr, 0) as mrr,
          (select count(*)::int from public.memberships ms where ms.org_id = m.id and ms.status = 'accepted') as seats,
          u.usage, coalesce(u.peak_ratio, 0) as peak_ratio,
          (select avg(uc.ok::int) from public.uptime_checks uc
            where uc.org_id = m.id and uc.checked_at > now() - interval '30 days') as uptime_30d,
          (select pm.performance_score from public.performance_metrics pm
            where pm.org_id = m.id and pm.performance_score is not null
            order by pm.measured_at desc limit 1) as performance_score,
          (select count(*)::int from public.support_tickets t
            where t.org_id = m.id and t.status in ('open', 'in_progress', 'waiting_client')) as open_tickets,
          (select max(a.occurred_at) from public.audit_log a where a.org_id = m.id) as last_activity_at
        from matching m
        left join lateral (
          select s.status, case when s.status in ('active', 'trialing', 'past_due') then
              case s.interval when 'year' then s.amount / 12 when 'week' then s.amount * 52 / 12
                when 'day' then s.amount * 365 / 12 else s.amount end
            else 0 end as mrr
          from public.subscriptions s where s.org_id = m.id
          order by s.status in ('active', 'trialing', 'past_due') desc, s.created_at desc limit 1
        ) sub on true
        left join lateral (
          select jsonb_agg(jsonb_build_object('key', lim.limit_key, 'usage', ou.usage, 'limit', lim.value)
                   order by lim.limit_key) as usage,
            max(case when lim.value > 0 then ou.usage::numeric / lim.value
                     when lim.value = 0 and ou.usage > 0 then 1 else 0 end) as peak_ratio
          from public.organization_usage(m.id) ou
          join (
            select pl.limit_key, case when ov.id is not null then ov.value else pl.value end as value
            from public.plan_limits pl
            left join public.org_limit_overrides ov on ov.org_id = m.id and ov.limit_key = pl.limit_key
            where pl.plan_key = m.tier
          ) lim on lim.limit_key = ou.limit_key
        ) u on true
      )
      select f.*, count(*) over ()::int as total
      from figures f
      order by ${sql.raw(orderBy[search.sort])} ${sql.raw(direction)} nulls last, name asc
      limit ${CLIENTS_PAGE_SIZE} offset ${offset}`;
}
