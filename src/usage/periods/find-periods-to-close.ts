import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

export interface PeriodToClose {
  orgId: string;
  /** The month to close, `YYYY-MM` in the organization's time zone. */
  period: string;
}

/**
 * The organizations whose previous month is over — it is past 00:05 on the 1st in their time zone — and not
 * yet closed. A run that was missed is made up by the next one, and organizations created after the month
 * ended have nothing to close.
 */
export async function findPeriodsToClose(now: Date): Promise<PeriodToClose[]> {
  const rows = await serviceDb().execute<{ org_id: string; period: string }>(sql`
    select o.id as org_id, to_char(m.month_start - interval '1 month', 'YYYY-MM') as period
    from public.organizations o
    cross join lateral (
      select date_trunc('month', (${now.toISOString()}::timestamptz at time zone o.time_zone) - interval '5 minutes')
        as month_start
    ) m
    where o.created_at < m.month_start at time zone o.time_zone
      and not exists (
        select 1 from public.usage_periods up
        where up.org_id = o.id and up.period = to_char(m.month_start - interval '1 month', 'YYYY-MM'))
    order by o.id`);
  return rows.map((r) => ({ orgId: r.org_id, period: r.period }));
}
