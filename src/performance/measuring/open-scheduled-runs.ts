import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

export interface DueRun {
  runId: string;
  orgId: string;
  domainId: string;
}

/** Hours between two scheduled runs at each plan cadence. */
const cadenceHours = sql.raw(
  `case p.performance_check_interval when 'hourly' then 1 when 'daily' then 24 else 168 end`,
);

/**
 * Opens the runs of the hour `slot`: one per active domain whose plan's cadence (`plans.performance_check_interval`)
 * falls on it, each domain at its own phase (a hash of its id) so a plan's domains spread over the hours
 * instead of all landing on the same one. `all` opens one for every active domain (a run asked for by hand).
 * A slot opened before opens nothing more; its runs that are still queued are returned again, so a cron run
 * that died before its fan-out sends them on the next try, and so are "Measure now" runs still queued after
 * ten minutes (their event was lost).
 */
export async function openScheduledRuns(slot: Date, options: { all?: boolean } = {}): Promise<DueRun[]> {
  const hour = Math.floor(slot.getTime() / 3_600_000);
  const rows = await serviceDb().execute<{ id: string; org_id: string; domain_id: string }>(sql`
    with due as (
      select d.id, d.org_id
      from public.domains d
      join public.organizations o on o.id = d.org_id
      join public.plans p on p.key = o.tier
      where d.status = 'active'
        and (${options.all ?? false} or mod(${hour}::bigint + abs(hashtext(d.id::text)::bigint), ${cadenceHours}) = 0)
    ),
    opened as (
      insert into public.performance_runs (org_id, domain_id, slot, trigger)
      select org_id, id, ${slot.toISOString()}, 'schedule' from due
      on conflict (domain_id, slot) do nothing
      returning id, org_id, domain_id
    )
    select id, org_id, domain_id from opened
    union all
    select r.id, r.org_id, r.domain_id from public.performance_runs r
    where r.status = 'queued'
      and ((r.slot = ${slot.toISOString()} and r.trigger = 'schedule')
        -- A "Measure now" whose event never left the app (it failed after the row was written).
        or (r.trigger = 'manual' and r.created_at < now() - interval '10 minutes'))
    order by org_id, domain_id`);
  return rows.map((r) => ({ runId: r.id, orgId: r.org_id, domainId: r.domain_id }));
}
