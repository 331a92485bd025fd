import { describeAnalysisFailure } from "@/src/analyzer/describe-analysis-failure";
import { Card } from "@/src/components/ui/card";
import { Spinner } from "@/src/components/ui/spinner";
import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { PerformanceRunStatus, PerformanceRunsView } from "../queries/get-performance-runs";
import { MeasureNowForm } from "./measure-now-form";
import { RefreshWhileRunning } from "./refresh-while-running";

const tones: Record<PerformanceRunStatus, Tone> = {
  queued: "neutral",
  running: "info",
  succeeded: "success",
  failed: "danger",
};

/**
 * "Measure now" and the latest runs with their state: owners and admins get the form (members only the
 * list; the database refuses them anyway), and the page refreshes itself while a run is under way.
 */
export function PerformanceRunsCard({
  runs,
  canRequest,
  slug,
  planName,
  t,
  format,
}: {
  runs: PerformanceRunsView;
  canRequest: boolean;
  slug: string;
  planName: string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.performance.measureNow;
  const underWay = runs.recent.some((run) => run.status === "queued" || run.status === "running");
  // Members only follow the runs: without any, the card has nothing to say to them.
  if (!canRequest && runs.recent.length === 0) return null;
  return (
    <Card title={canRequest ? copy.title : copy.recent} description={canRequest ? copy.description : undefined}>
      <div className="grid gap-5">
        {canRequest ? (
          <MeasureNowForm
            slug={slug}
            domains={runs.domains}
            used={runs.used}
            allowance={runs.allowance}
            planName={planName}
          />
        ) : null}
        {runs.recent.length > 0 ? (
          <div className="grid gap-2">
            {canRequest ? <h3 className="text-sm font-semibold">{copy.recent}</h3> : null}
            <ul className="grid gap-2" aria-busy={underWay}>
              {runs.recent.map((run) => (
                <li
                  key={run.id}
                  className="flex flex-wrap items-center justify-between gap-x-3 gap-y-1 border-b border-border pb-2 text-sm last:border-0"
                >
                  <span className="min-w-0 font-medium break-all">{run.domain}</span>
                  <span className="flex flex-wrap items-center gap-2 text-fg-muted">
                    <span>{copy.triggers[run.trigger]}</span>
                    <time dateTime={run.createdAt.toISOString()}>{format.dateTime(run.createdAt)}</time>
                    <StatusBadge tone={tones[run.status]}>
                      {run.status === "running" ? <Spinner /> : null}
                      {copy.statuses[run.status]}
                    </StatusBadge>
                  </span>
                  {run.status === "failed" && run.failureReason ? (
                    <span className="w-full text-xs text-danger">{failureText(run.failureReason, t)}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {underWay ? (
          <p role="status" className="sr-only">
            {copy.progress}
          </p>
        ) : null}
        {underWay ? <RefreshWhileRunning /> : null}
      </div>
    </Card>
  );
}

function failureText(reason: string, t: Dictionary): string {
  const described = describeAnalysisFailure(reason, t.analysisFailures);
  return described
    ? formatMessage(t.performance.measureNow.failed, { reason: described })
    : t.performance.measureNow.failedUnknown;
}
