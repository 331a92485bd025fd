// The agency admin's share of `npm run bench:dashboard`: the load it needs on top of the client dashboard's
// 200 generated organizations, and the cost of the staff path in row-level security on the clients table.
import { PgDialect } from "drizzle-orm/pg-core";
import type { Sql } from "postgres";
import { clientListSearchSchema } from "../../src/admin/client-list-search.ts";
import { clientsQuery } from "../../src/admin/queries/clients-query.ts";

/** Organizations the admin pages are measured over, and tickets in the queue, in all (seed included). */
export const ADMIN_ORGANIZATIONS = 1_000;
export const QUEUE_TICKETS = 20_000;

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * Tops the stack up to 1,000 client organizations (lighter ones: a subscription, a project, a domain, usage
 * counters) and the ticket table up to 20,000 tickets, open ones with their plan's SLA spread over the last
 * days so the queue has breached, due and answered tickets. Triggers off: this is load, not behaviour.
 */
export async function generateAgencyLoad(sql: Sql) {
  const started = performance.now();
  const [{ orgs }] = await sql<[{ orgs: number }]>`select count(*)::int as orgs from public.organizations`;
  const extra = Math.max(0, ADMIN_ORGANIZATIONS - orgs);
  await sql.begin(async (tx) => {
    await tx.unsafe(`set local session_replication_role = replica`);
    await tx.unsafe(`
      insert into public.organizations (name, slug, tier)
      select 'Agency load ' || i, 'agency-load-' || i, (array['free', 'basic', 'pro', 'enterprise'])[1 + i % 4]
      from generate_series(1, ${extra}) i;
      insert into public.projects (org_id, name) select o.id, 'Site' from public.organizations o
      where o.slug like 'agency-load-%';
      insert into public.domains (org_id, name, status)
      select o.id, o.slug || '.com.br', 'active' from public.organizations o where o.slug like 'agency-load-%';
      insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
        current_period_end, amount, currency, interval, created_at)
      select o.id, 'sub_load_' || replace(o.id::text, '-', ''), o.tier,
        (array['active', 'active', 'active', 'trialing', 'past_due', 'canceled'])[1 + (row_number() over ()) % 6],
        now() - interval '10 days', now() + interval '20 days', p.price, 'BRL', 'month',
        now() - ((row_number() over ()) % 365 || ' days')::interval
      from public.organizations o join public.plans p on p.key = o.tier
      where o.tier <> 'free' and not exists (select 1 from public.subscriptions s where s.org_id = o.id)
        and p.price is not null;
    `);
    const [{ tickets }] = await tx<[{ tickets: number }]>`select count(*)::int as tickets from public.support_tickets`;
    await tx.unsafe(`
      with orgs as (select o.id, row_number() over (order by o.id) as n, p.sla_first_response_hours as sla
                    from public.organizations o join public.plans p on p.key = o.tier),
           total as (select count(*) as c from orgs)
      insert into public.support_tickets (org_id, number, subject, status, priority, sla_hours, created_at,
        first_response_at)
      select o.id, 100000 + g, 'Queue ticket ' || g,
        (array['open', 'in_progress', 'waiting_client', 'resolved', 'closed'])[1 + g % 5],
        (array['low', 'normal', 'high', 'urgent'])[1 + g % 4], o.sla,
        now() - ((g % 240) || ' hours')::interval,
        case when g % 3 = 0 then now() - ((g % 240) || ' hours')::interval + interval '30 minutes' end
      from generate_series(1, ${Math.max(0, QUEUE_TICKETS - tickets)}) g
      join orgs o on o.n = 1 + g % (select c from total);
    `);
  });
  await sql.unsafe("analyze");
  const [counts] = await sql<[{ orgs: number; tickets: number }]>`
    select (select count(*)::int from public.organizations) as orgs,
      (select count(*)::int from public.support_tickets) as tickets`;
  console.log(
    `  agency load: ${counts.orgs.toLocaleString("en")} organizations, ${counts.tickets.toLocaleString("en")} tickets (${((performance.now() - started) / 1000).toFixed(0)} s)`,
  );
}

/**
 * The clients table's statement as staff (row-level security through private.is_staff()) and as the service
 * role (which bypasses it): p50/p95 of each and the ratio of the medians.
 */
export async function staffVersusServiceOnClients(sql: Sql, staffUserId: string, runs = 30) {
  const query = new PgDialect().sqlToQuery(clientsQuery(clientListSearchSchema.parse({})));
  const time = async (role: "authenticated" | "service_role") => {
    // Staff sessions carry the second factor (aal2), without which the staff helpers grant nothing.
    const claims = JSON.stringify(
      role === "authenticated" ? { sub: staffUserId, role, aal: "aal2" } : { role: "service_role" },
    );
    const samples: number[] = [];
    let rows = 0;
    for (let i = 0; i < runs + 3; i++) {
      const started = performance.now();
      await sql.begin(async (tx) => {
        await tx`select set_config('request.jwt.claims', ${claims}, true), set_config('role', ${role}, true)`;
        rows = (await tx.unsafe(query.sql, query.params as never[])).length;
      });
      if (i >= 3) samples.push(performance.now() - started);
    }
    return { p50: percentile(samples, 50), p95: percentile(samples, 95), rows };
  };
  const staff = await time("authenticated");
  const service = await time("service_role");
  // Both must read the same rows, or the comparison measures nothing.
  if (staff.rows !== service.rows) throw new Error(`staff read ${staff.rows} rows, the service role ${service.rows}`);
  console.log(
    `  clients table statement: staff p50 ${staff.p50.toFixed(1)} ms / p95 ${staff.p95.toFixed(1)} ms, service p50 ${service.p50.toFixed(1)} ms / p95 ${service.p95.toFixed(1)} ms, staff/service ${(staff.p50 / service.p50).toFixed(2)} (target ≤ 1.5)`,
  );
}
