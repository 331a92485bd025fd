import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export const uptimeWindows = ["day", "week", "month", "quarter"] as const;
export type UptimeWindow = (typeof uptimeWindows)[number];

/** all ok · some failures · more failures than successes · no probe that day. */
export type DayStatus = "up" | "partial" | "down" | "none";

export interface UptimeSummary {
  /** Successful probes over the last 24 h, 7, 30 and 90 days; `ratio` null without probes. */
  windows: Record<UptimeWindow, { checks: number; ok: number; ratio: number | null }>;
  /** Per day of the response-time range (days with answered probes only): mean and 95th percentile. */
  responseDays: Array<{ day: string; averageMs: number; p95Ms: number; checks: number }>;
  /** The last 90 days of the organization's calendar, oldest first, today last: always 90 entries. */
  statusDays: Array<{ day: string; checks: number; ok: number; status: DayStatus }>;
}

type Row = {
  windows: Record<UptimeWindow, { checks: number; ok: number; ratio: number | null }>;
  response_days: UptimeSummary["responseDays"];
  status_days: UptimeSummary["statusDays"];
};

/**
 * Uptime of all the organization's probed URLs, aggregated in Postgres in one statement (probes run every few
 * minutes, so 90 days are tens of thousands of rows that must never travel to the app): the uptime of each
 * window, response times per day over `rangeDays` (today included) and the status of each of the last 90
 * days, days being the organization's time zone's.
 */
export async function getUptimeSummary(
  db: RequestDb,
  orgId: string,
  timeZone: string,
  rangeDays: number,
): Promise<UptimeSummary> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with bounds as (
        select (now() at time zone ${timeZone})::date as today
      ),
      recent as (
        select checked_at, ok, status_code, response_ms, (checked_at at time zone ${timeZone})::date as day
        from public.uptime_checks
        where org_id = ${orgId} and checked_at > now() - interval '90 days'
      ),
      windows as (
        select jsonb_object_agg(w.key, jsonb_build_object('checks', w.checks, 'ok', w.ok,
            'ratio', case when w.checks > 0 then w.ok::float8 / w.checks end)) as windows
        from (
          select count(*) filter (where checked_at > now() - interval '24 hours')::int as day_checks,
            count(*) filter (where ok and checked_at > now() - interval '24 hours')::int as day_ok,
            count(*) filter (where checked_at > now() - interval '7 days')::int as week_checks,
            count(*) filter (where ok and checked_at > now() - interval '7 days')::int as week_ok,
            count(*) filter (where checked_at > now() - interval '30 days')::int as month_checks,
            count(*) filter (where ok and checked_at > now() - interval '30 days')::int as month_ok,
            count(*)::int as quarter_checks, (count(*) filter (where ok))::int as quarter_ok
          from recent
        ) c
        cross join lateral (values ('day', c.day_checks, c.day_ok), ('week', c.week_checks, c.week_ok),
          ('month', c.month_checks, c.month_ok), ('quarter', c.quarter_checks, c.quarter_ok)) as w (key, checks, ok)
      ),
      per_day as (
        select day, count(*)::int as checks, (count(*) filter (where ok))::int as ok from recent group by day
      )
      select
        (select windows from windows) as windows,
        coalesce((select jsonb_agg(jsonb_build_object('day', day, 'averageMs', average, 'p95Ms', p95, 'checks', checks)
            order by day)
          from (
            select r.day, round(avg(r.response_ms)) as average,
              round(percentile_cont(0.95) within group (order by r.response_ms)) as p95, count(*)::int as checks
            from recent r, bounds b
            -- Only probes that got an answer: a timeout measures the probe's patience, not the site.
            where r.day > b.today - ${rangeDays}::int and r.status_code is not null and r.response_ms is not null
            group by r.day) d), '[]'::jsonb) as response_days,
        (select jsonb_agg(jsonb_build_object('day', to_char(s.day, 'YYYY-MM-DD'), 'checks', coalesce(p.checks, 0),
            'ok', coalesce(p.ok, 0),
            'status', case when p.checks is null then 'none' when p.ok = p.checks then 'up'
              when p.ok * 2 < p.checks then 'down' else 'partial' end)
            order by s.day)
          from bounds b
          cross join lateral generate_series(b.today - 89, b.today, interval '1 day') as g (at)
          cross join lateral (select g.at::date as day) s
          left join per_day p on p.day = s.day) as status_days`),
  );
  const r = row!;
  return { windows: r.windows, responseDays: r.response_days, statusDays: r.status_days };
}
