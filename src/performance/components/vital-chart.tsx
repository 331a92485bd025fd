import { LineChart, type ThresholdBand } from "@/src/components/charts/line-chart";
import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { formatVital } from "../format-vital";
import { rateVital, ratingTone, vitalThresholds, type VitalId } from "../web-vitals";

/**
 * One Web Vital over time against Google's thresholds (drawn as bands), with the latest value rated in words.
 * The y axis always reaches past the "poor" threshold, so the three bands are visible even on a fast site.
 */
export function VitalChart({
  id,
  points,
  latest,
  latestTemplate,
  seriesLabel,
  color,
  emptyNote,
  t,
  format,
}: {
  id: VitalId;
  points: Array<{ x: Date; y: number | null }>;
  latest: number | null;
  /** "Latest run: {value}". */
  latestTemplate: string;
  seriesLabel: string;
  color: 1 | 2 | 3 | 4;
  emptyNote: string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.performance;
  const { good, poor } = vitalThresholds[id];
  const show = (value: number) => formatVital(id, value, format);
  const values = points.flatMap((p) => (p.y === null ? [] : [p.y]));
  const bands: ThresholdBand[] = [
    { from: 0, to: good, tone: "success", label: formatMessage(copy.lab.bandGood, { value: show(good) }) },
    { from: good, to: poor, tone: "warning", label: copy.lab.bandNeedsImprovement },
    {
      from: poor,
      to: Number.POSITIVE_INFINITY,
      tone: "danger",
      label: formatMessage(copy.lab.bandPoor, { value: show(poor) }),
    },
  ];
  const rating = latest === null ? null : rateVital(id, latest);
  return (
    <div className="grid content-start gap-3 rounded-lg border border-border p-4">
      <div>
        <h3 className="text-sm font-semibold">{copy.vitals[id].name}</h3>
        <p className="text-xs text-fg-muted">{copy.vitals[id].hint}</p>
      </div>
      {latest !== null && rating ? (
        <p className="flex flex-wrap items-center gap-2 text-sm">
          <span className="tabular-nums">{formatMessage(latestTemplate, { value: show(latest) })}</span>
          <StatusBadge tone={ratingTone[rating]}>{copy.ratings[rating]}</StatusBadge>
        </p>
      ) : null}
      <p className="text-xs text-fg-muted">
        {formatMessage(copy.lab.thresholds, { good: show(good), poor: show(poor) })}
      </p>
      {values.length === 0 ? (
        <p className="text-sm text-fg-muted">{emptyNote}</p>
      ) : (
        <LineChart
          title={`${copy.vitals[id].name}: ${seriesLabel}`}
          series={[{ label: seriesLabel, color, points }]}
          bands={bands}
          yDomain={[0, Math.max(poor * 1.25, Math.max(...values) * 1.1)]}
          formatY={show}
          formatX={format.shortDate}
          tableLabel={t.workspace.showTable}
          xLabel={t.workspace.day}
          height={180}
          width={400}
        />
      )}
    </div>
  );
}
