"use client";

import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { cx } from "../ui/cx";
import { Icon } from "../ui/icons";
import { Spinner } from "../ui/spinner";
import type { AnalysisStage } from "./analysis-status";

const steps = ["queued", "loading", "auditing", "saving"] as const satisfies readonly AnalysisStage[];

/**
 * While the analysis runs: a real progress bar (its value is the job's own progress), the current stage
 * announced politely as it changes, and the steps ahead.
 */
export function ProgressView({
  host,
  url,
  progress,
  stage,
  connectionLost,
}: {
  host: string;
  url: string;
  progress: number;
  stage: AnalysisStage;
  connectionLost: boolean;
}) {
  const { t } = useI18n();
  const copy = t.analyzerPages.progress;
  const percent = Math.round(progress);
  const current = steps.indexOf(stage as (typeof steps)[number]);
  return (
    <div className="mx-auto grid max-w-2xl gap-8 px-4 py-14 sm:px-6 sm:py-20">
      <div>
        <h1 className="text-3xl font-semibold tracking-tight text-balance">{formatMessage(copy.title, { host })}</h1>
        <p className="mt-2 truncate text-sm text-fg-muted">{url}</p>
        <p className="mt-4 text-fg-muted">{copy.subtitle}</p>
      </div>

      <div className="rounded-2xl border border-border bg-surface p-6 shadow-sm">
        <div className="flex items-baseline justify-between gap-4">
          <p id="progress-stage" aria-live="polite" aria-atomic="true" className="font-semibold">
            {copy.stages[stage]}
          </p>
          <p className="text-sm font-medium text-fg-muted tabular-nums" aria-hidden="true">
            {percent}%
          </p>
        </div>
        <div
          role="progressbar"
          aria-label={copy.barLabel}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent}
          aria-valuetext={formatMessage(copy.valueText, { percent, stage: copy.stages[stage] })}
          className="mt-3 h-3 overflow-hidden rounded-full bg-surface-muted"
        >
          <div
            className="h-full rounded-full bg-accent transition-[width] duration-700 ease-out"
            style={{ width: `${Math.max(percent, 3)}%` }}
          />
        </div>
        <p className="mt-3 text-sm text-fg-muted">{copy.stageHints[stage]}</p>

        <ol aria-label={copy.stepsLabel} className="mt-6 grid gap-3 border-t border-border pt-5 sm:grid-cols-4">
          {steps.map((step, index) => {
            const state = index < current ? "done" : index === current ? "current" : "upcoming";
            return (
              <li
                key={step}
                aria-current={state === "current" ? "step" : undefined}
                className={cx("flex items-center gap-2 text-sm", state === "upcoming" ? "text-fg-muted" : "text-fg")}
              >
                <span
                  className={cx(
                    "flex size-6 shrink-0 items-center justify-center rounded-full",
                    state === "done" && "bg-success-soft text-success",
                    state === "current" && "bg-accent-soft text-accent-text",
                    state === "upcoming" && "border border-border",
                  )}
                >
                  {state === "done" ? <Icon name="check" className="size-3.5" /> : null}
                  {state === "current" ? <Spinner /> : null}
                </span>
                {copy.stages[step]}
              </li>
            );
          })}
        </ol>
      </div>

      <p aria-live="polite" className="text-center text-sm text-fg-muted">
        {connectionLost ? copy.connectionLost : null}
      </p>
    </div>
  );
}
