import "server-only";
import { sql } from "drizzle-orm";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import { serviceDb } from "@/src/db/service-client";
import { queueAdminEmails } from "@/src/notifications/queue-admin-emails";
import { detectRegression, type Regression } from "./detect-regression";
import type { Measurement } from "./measure-page";

export interface RecordedRun {
  /** False when the run had already ended (a rerun): nothing was written. */
  recorded: boolean;
  outcome: "succeeded" | "failed";
  reason: string | null;
  regression: Regression | null;
  emails: number;
}

const round = (value: number | null) => (value === null ? null : Math.round(value));

/**
 * Ends a run with what Lighthouse measured, in one transaction: the `performance_metrics` row (one per run),
 * the run `succeeded` or `failed` with its reason, and, when the performance score fell by 10 points or the
 * LCP rose by 25 % against the page's 7-day median, a notice to the owners and admins keyed by the run, so a
 * repeated run writes and sends nothing more.
 */
export async function recordPerformanceRun(runId: string, url: string, measurement: Measurement): Promise<RecordedRun> {
  return serviceDb().transaction(async (tx) => {
    const [run] = await tx.execute<{ org_id: string; status: string; failure_reason: string | null }>(sql`
      select org_id, status, failure_reason from public.performance_runs where id = ${runId} for update`);
    if (!run || run.status === "succeeded" || run.status === "failed") {
      const outcome = run?.status === "failed" ? "failed" : "succeeded";
      return { recorded: false, outcome, reason: run?.failure_reason ?? null, regression: null, emails: 0 };
    }
    if (!measurement.ok) {
      await tx.execute(sql`
        update public.performance_runs set status = 'failed', failure_reason = ${measurement.reason},
          finished_at = now()
        where id = ${runId}`);
      return { recorded: true, outcome: "failed", reason: measurement.reason, regression: null, emails: 0 };
    }

    const { scores, metrics } = measurement.result as AnalysisResult;
    const [metric] = await tx.execute<{ id: string; measured_at: string }>(sql`
      insert into public.performance_metrics (org_id, url, lcp_ms, cls, fcp_ms, ttfb_ms, performance_score,
        accessibility_score, best_practices_score, seo_score, source, run_id)
      values (${run.org_id}, ${url}, ${round(metrics.lcpMs)}, ${metrics.cls}, ${round(metrics.fcpMs)},
        ${round(metrics.ttfbMs)}, ${scores.performance}, ${scores.accessibility}, ${scores.bestPractices},
        ${scores.seo}, 'lighthouse', ${runId})
      returning id, measured_at`);
    const [median] = await tx.execute<{ performance: number | null; lcp_ms: number | null }>(sql`
      select percentile_cont(0.5) within group (order by performance_score) as performance,
        percentile_cont(0.5) within group (order by lcp_ms) as lcp_ms
      from public.performance_metrics
      where org_id = ${run.org_id} and url = ${url} and source = 'lighthouse' and id <> ${metric!.id}
        and measured_at >= ${metric!.measured_at}::timestamptz - interval '7 days'
        and measured_at <= ${metric!.measured_at}::timestamptz`);
    const regression = detectRegression(
      { performance: scores.performance, lcpMs: round(metrics.lcpMs) },
      { performance: median?.performance ?? null, lcpMs: round(median?.lcp_ms ?? null) },
    );
    await tx.execute(sql`
      update public.performance_runs set status = 'succeeded', finished_at = now() where id = ${runId}`);
    const emails = regression
      ? await queueAdminEmails(tx, {
          orgId: run.org_id,
          template: "performance-regression",
          payload: { runId, baseline: regression.baseline, current: regression.current, kinds: regression.kinds },
          key: `performance-regression:${runId}`,
        })
      : 0;
    return { recorded: true, outcome: "succeeded", reason: null, regression, emails };
  });
}
