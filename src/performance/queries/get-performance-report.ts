import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { ScoreValues, VitalValues } from "../web-vitals";

export interface PerformanceReport {
  /** The latest Lighthouse run of the page, however old. */
  latest: { measuredAt: Date; scores: ScoreValues; metrics: VitalValues } | null;
  /** Lighthouse runs in the range, per day (organization's time zone): the median of the day's runs. */
  lab: Array<{ day: string; runs: number; scores: ScoreValues; metrics: VitalValues }>;
  /** The latest real-user (CrUX) record of the page: 75th percentiles. */
  fieldLatest: { measuredAt: Date; metrics: VitalValues } | null;
  /** Real-user records in the range, per day. */
  field: Array<{ day: string; metrics: VitalValues }>;
  /** The free analysis the organization signed up with (the same page's if there is one): the "before". */
  baseline: { url: string; measuredAt: Date; scores: ScoreValues; metrics: VitalValues } | null;
}

type Json<T> = T extends Date ? string : T extends object ? { [K in keyof T]: Json<T[K]> } : T;
type Row = { [K in keyof PerformanceReport]: Json<PerformanceReport[K]> };

const scoresJson = sql.raw(`jsonb_build_object('performance', performance_score, 'accessibility', accessibility_score,
  'bestPractices', best_practices_score, 'seo', seo_score)`);
const metricsJson = sql.raw(
  `jsonb_build_object('lcp', lcp_ms, 'inp', inp_ms, 'cls', cls, 'fcp', fcp_ms, 'ttfb', ttfb_ms)`,
);
/** The median of each metric over a group; CLS keeps its decimals, durations are whole milliseconds. */
const medianMetricsJson = sql.raw(`jsonb_build_object(
  'lcp', round(percentile_cont(0.5) within group (order by lcp_ms)),
  'inp', round(percentile_cont(0.5) within group (order by inp_ms)),
  'cls', round((percentile_cont(0.5) within group (order by cls::float8))::numeric, 3),
  'fcp', round(percentile_cont(0.5) within group (order by fcp_ms)),
  'ttfb', round(percentile_cont(0.5) within group (order by ttfb_ms)))`);

/**
 * Everything the performance page shows about one page, in one statement: the latest Lighthouse run, the lab
 * history of the last `rangeDays` days (today included) aggregated per day in SQL, the real-user data and the
 * analyzer baseline.
 */
export async function getPerformanceReport(
  db: RequestDb,
  orgId: string,
  /** null: no page is measured yet, only the baseline can be there. */
  url: string | null,
  timeZone: string,
  rangeDays: number,
): Promise<PerformanceReport> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with page as (
        select * from public.performance_metrics where org_id = ${orgId} and url = ${url}
      ),
      since as (
        select (((now() at time zone ${timeZone})::date - (${rangeDays}::int - 1))::timestamp
          at time zone ${timeZone}) as t
      ),
      lab_days as (
        select to_char(measured_at at time zone ${timeZone}, 'YYYY-MM-DD') as day, count(*)::int as runs,
          jsonb_build_object(
            'performance', round(percentile_cont(0.5) within group (order by performance_score)),
            'accessibility', round(percentile_cont(0.5) within group (order by accessibility_score)),
            'bestPractices', round(percentile_cont(0.5) within group (order by best_practices_score)),
            'seo', round(percentile_cont(0.5) within group (order by seo_score))) as scores,
          ${medianMetricsJson} as metrics
        from page, since where source = 'lighthouse' and measured_at >= since.t
        group by 1
      ),
      field_days as (
        select to_char(measured_at at time zone ${timeZone}, 'YYYY-MM-DD') as day, ${medianMetricsJson} as metrics
        from page, since where source = 'crux' and measured_at >= since.t
        group by 1
      )
      select
        (select jsonb_build_object('measuredAt', measured_at, 'scores', ${scoresJson}, 'metrics', ${metricsJson})
          from page where source = 'lighthouse' order by measured_at desc limit 1) as latest,
        coalesce((select jsonb_agg(jsonb_build_object('day', day, 'runs', runs, 'scores', scores, 'metrics', metrics)
          order by day) from lab_days), '[]'::jsonb) as lab,
        (select jsonb_build_object('measuredAt', measured_at, 'metrics', ${metricsJson})
          from page where source = 'crux' order by measured_at desc limit 1) as "fieldLatest",
        coalesce((select jsonb_agg(jsonb_build_object('day', day, 'metrics', metrics) order by day) from field_days),
          '[]'::jsonb) as field,
        (select jsonb_build_object('url', url, 'measuredAt', measured_at, 'scores', ${scoresJson},
            'metrics', ${metricsJson})
          from public.performance_metrics
          where org_id = ${orgId} and source = 'analyzer'
          order by url = ${url} desc, measured_at limit 1) as baseline`),
  );
  const r = row!;
  return {
    latest: r.latest && { ...r.latest, measuredAt: new Date(r.latest.measuredAt) },
    lab: r.lab,
    fieldLatest: r.fieldLatest && { ...r.fieldLatest, measuredAt: new Date(r.fieldLatest.measuredAt) },
    field: r.field,
    baseline: r.baseline && { ...r.baseline, measuredAt: new Date(r.baseline.measuredAt) },
  };
}
