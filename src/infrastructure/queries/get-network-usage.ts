import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface TrafficDay {
  /** "YYYY-MM-DD" in the organization's time zone. */
  day: string;
  requests: number;
  requests2xx: number;
  requests3xx: number;
  requests4xx: number;
  requests5xx: number;
  bandwidthBytes: number;
}

export interface NetworkUsage {
  /** Days with traffic, oldest first, summed over the organization's rows and its projects' rows. */
  days: TrafficDay[];
  totals: {
    requests: number;
    bandwidthBytes: number;
    requests4xx: number;
    requests5xx: number;
    /** (4xx + 5xx) / requests; null without requests. */
    errorShare: number | null;
  };
  /** The day with the most requests (the latest of equals); null without traffic. */
  peak: { day: string; requests: number; bandwidthBytes: number } | null;
  /** The countries with the most requests; `share` is of every request with a known country. */
  countries: Array<{ code: string; requests: number; share: number }>;
  /** The requests of the countries after the top ones; null when there are none. */
  otherCountries: { requests: number; share: number } | null;
}

type Row = {
  days: TrafficDay[];
  totals: { requests: number; bandwidthBytes: number; requests4xx: number; requests5xx: number };
  peak: NetworkUsage["peak"];
  countries: Array<{ code: string; requests: number }>;
  geo_total: number;
};

/**
 * Traffic of the last `rangeDays` complete days in the organization's time zone (the analytics import writes a
 * day once it has ended, so today is left out rather than shown as a dip): per day, totals, the peak day and
 * the top countries from `geo`, all aggregated in one statement.
 */
export async function getNetworkUsage(
  db: RequestDb,
  orgId: string,
  timeZone: string,
  rangeDays: number,
  topCountries = 10,
): Promise<NetworkUsage> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with usage as (
        select n.*
        from public.network_usage n
        cross join lateral (select (now() at time zone ${timeZone})::date as today) b
        where n.org_id = ${orgId} and n.day >= b.today - ${rangeDays}::int and n.day < b.today
      ),
      days as (
        select day, sum(requests_total) as requests, sum(requests_2xx) as r2, sum(requests_3xx) as r3,
          sum(requests_4xx) as r4, sum(requests_5xx) as r5, sum(bandwidth_bytes) as bandwidth
        from usage group by day
      ),
      countries as (
        select g.key as code, sum(g.value::numeric) as requests
        from usage u cross join lateral jsonb_each(u.geo) g
        where jsonb_typeof(g.value) = 'number'
        group by g.key
      )
      select
        coalesce((select jsonb_agg(jsonb_build_object('day', day, 'requests', requests, 'requests2xx', r2,
            'requests3xx', r3, 'requests4xx', r4, 'requests5xx', r5, 'bandwidthBytes', bandwidth) order by day)
          from days), '[]'::jsonb) as days,
        (select jsonb_build_object('requests', coalesce(sum(requests), 0), 'bandwidthBytes', coalesce(sum(bandwidth), 0),
            'requests4xx', coalesce(sum(r4), 0), 'requests5xx', coalesce(sum(r5), 0))
          from days) as totals,
        (select jsonb_build_object('day', day, 'requests', requests, 'bandwidthBytes', bandwidth)
          from days order by requests desc, day desc limit 1) as peak,
        coalesce((select jsonb_agg(jsonb_build_object('code', code, 'requests', requests) order by requests desc, code)
          from (select code, requests from countries order by requests desc, code limit ${topCountries}) c),
          '[]'::jsonb) as countries,
        (select coalesce(sum(requests), 0) from countries)::float8 as geo_total`),
  );
  const totals = row?.totals ?? { requests: 0, bandwidthBytes: 0, requests4xx: 0, requests5xx: 0 };
  const geoTotal = Number(row?.geo_total ?? 0);
  const countries = (row?.countries ?? []).map((c) => ({ ...c, share: c.requests / geoTotal }));
  const others = geoTotal - countries.reduce((sum, c) => sum + c.requests, 0);
  return {
    days: row?.days ?? [],
    totals: {
      ...totals,
      errorShare: totals.requests > 0 ? (totals.requests4xx + totals.requests5xx) / totals.requests : null,
    },
    peak: row?.peak ?? null,
    countries,
    otherCountries: others > 0 ? { requests: others, share: others / geoTotal } : null,
  };
}
