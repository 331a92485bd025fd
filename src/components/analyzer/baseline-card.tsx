import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";
import type { Locale } from "../../i18n/locales";
import { cx } from "../ui/cx";
import { bandTextClass } from "./band-classes";
import { formatDateTime, formatMetric } from "./format-report-values";
import { ScoreGauges } from "./score-gauges";
import { metricRating, ratingBand, type MetricId } from "./score-bands";

export interface Baseline {
  project: string;
  measuredAt: Date;
  scores: {
    performance: number | null;
    accessibility: number | null;
    bestPractices: number | null;
    seo: number | null;
  };
  metrics: Partial<Record<MetricId, number | null>>;
}

/** The analysis imported at sign-up, shown as the starting point of the organization's first project. */
export function BaselineCard({ baseline, t, locale }: { baseline: Baseline; t: Dictionary; locale: Locale }) {
  const copy = t.analyzerPages.onboarding;
  const report = t.analyzerPages.report;
  const measured = (Object.entries(baseline.metrics) as Array<[MetricId, number | null]>).filter(
    (entry): entry is [MetricId, number] => entry[1] !== null,
  );
  return (
    <section
      aria-labelledby="baseline-title"
      className="rounded-2xl border border-border bg-surface p-6 shadow-sm sm:p-8"
    >
      <h2 id="baseline-title" className="text-xl font-semibold tracking-tight">
        {formatMessage(copy.baselineTitle, { project: baseline.project })}
      </h2>
      <p className="mt-1.5 text-sm text-fg-muted">
        {formatMessage(copy.baselineBody, { date: formatDateTime(baseline.measuredAt.toISOString(), locale) })}
      </p>
      <div className="mt-6">
        <ScoreGauges scores={baseline.scores} copy={report} />
      </div>
      {measured.length > 0 ? (
        <div className="mt-6 border-t border-border pt-5">
          <h3 className="text-sm font-semibold">{copy.baselineMetrics}</h3>
          <dl className="mt-3 grid gap-3 sm:grid-cols-2">
            {measured.map(([id, value]) => (
              <div key={id} className="flex items-baseline justify-between gap-3 rounded-lg bg-surface-muted px-3 py-2">
                <dt className="text-sm text-fg-muted">{report.metrics[id].name}</dt>
                <dd className={cx("text-sm font-semibold", bandTextClass[ratingBand[metricRating(id, value)]])}>
                  {formatMetric(id, value, locale)}
                </dd>
              </div>
            ))}
          </dl>
        </div>
      ) : null}
    </section>
  );
}
