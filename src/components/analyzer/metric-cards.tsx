import type { AnalysisResult } from "../../analyzer/analysis-result";
import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";
import type { Locale } from "../../i18n/locales";
import { cx } from "../ui/cx";
import { bandTextClass } from "./band-classes";
import { BandShape } from "./band-shape";
import { formatMetric } from "./format-report-values";
import { metricDefinitions, metricIds, metricRating, ratingBand, scoreBandColors } from "./score-bands";

/** The lab metrics, each rated and coloured by Google's thresholds, with the "good" limit written out. */
export function MetricCards({
  metrics,
  copy,
  locale,
}: {
  metrics: AnalysisResult["metrics"];
  copy: Dictionary["analyzerPages"]["report"];
  locale: Locale;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {metricIds.map((id) => {
        const value = metrics[metricDefinitions[id].field];
        const rating = value === null ? null : metricRating(id, value);
        const band = rating ? ratingBand[rating] : null;
        return (
          <li
            key={id}
            className="rounded-xl border border-l-4 border-border bg-surface p-4 shadow-sm"
            style={band ? { borderLeftColor: scoreBandColors[band].arc } : undefined}
          >
            <p className="text-sm font-medium">{copy.metrics[id].name}</p>
            <p
              className={cx("mt-2 text-2xl font-semibold tracking-tight", band ? bandTextClass[band] : "text-fg-muted")}
            >
              {value === null ? "–" : formatMetric(id, value, locale)}
            </p>
            <p className="mt-1 flex items-center gap-1.5 text-xs font-medium">
              {band ? <BandShape band={band} className="size-2.5" /> : null}
              {rating ? copy.ratings[rating] : copy.ratings.notMeasured}
            </p>
            <p className="mt-0.5 text-xs text-fg-muted">
              {formatMessage(copy.goodUpTo, { value: formatMetric(id, metricDefinitions[id].good, locale) })}
            </p>
            <p className="mt-2 text-xs text-fg-muted">{copy.metrics[id].hint}</p>
          </li>
        );
      })}
    </ul>
  );
}
