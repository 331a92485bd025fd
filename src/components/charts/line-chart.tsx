import { scaleLinear, scaleTime } from "d3-scale";
import { line } from "d3-shape";
import { ChartDataTable } from "./chart-data-table";
import { ChartLegend } from "./chart-legend";

export interface LineSeries {
  label: string;
  /** A chart colour token (1–4). */
  color: 1 | 2 | 3 | 4;
  points: Array<{ x: Date; y: number | null }>;
}

/** A horizontal band drawn behind the lines: Google's "good / needs improvement / poor" thresholds, say. */
export interface ThresholdBand {
  from: number;
  to: number;
  tone: "success" | "warning" | "danger";
  label: string;
}

const MARGIN = { top: 12, right: 12, bottom: 24, left: 44 };
const bandFill = { success: "var(--success-soft)", warning: "var(--warning-soft)", danger: "var(--danger-soft)" };

/**
 * A time series as static SVG, rendered on the server (no chart code reaches the browser), scaled to its
 * container, with its numbers as a table view. Gaps (null values) break the line instead of inventing data.
 */
export function LineChart({
  title,
  series,
  formatY,
  formatAxis,
  formatX,
  tableLabel,
  xLabel,
  height = 200,
  width = 640,
  yDomain,
  bands = [],
}: {
  title: string;
  series: LineSeries[];
  formatY: (value: number) => string;
  /** The y axis's labels, when they need fewer digits than the table's values (whole reais, say). */
  formatAxis?: (value: number) => string;
  formatX: (value: Date) => string;
  tableLabel: string;
  xLabel: string;
  height?: number;
  /** The drawing's width in SVG units: about the space it gets on a desktop, so its text stays readable. */
  width?: number;
  yDomain?: [number, number];
  bands?: ThresholdBand[];
}) {
  const all = series.flatMap((s) => s.points);
  // Nothing to draw: the page shows its empty state instead.
  if (all.length === 0) return null;
  const xs = all.map((p) => p.x.getTime());
  const ys = all.flatMap((p) => (p.y === null ? [] : [p.y]));
  const x = scaleTime()
    .domain([new Date(Math.min(...xs)), new Date(Math.max(...xs))])
    .range([MARGIN.left, width - MARGIN.right]);
  const y = scaleLinear()
    .domain(
      yDomain ?? [Math.min(0, ...ys), Math.max(1, ...ys, ...bands.map((b) => Math.min(b.to, Math.max(...ys) * 1.2)))],
    )
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  const path = line<{ x: Date; y: number | null }>()
    .defined((p) => p.y !== null)
    .x((p) => x(p.x))
    .y((p) => y(p.y ?? 0));
  const [yMin, yMax] = y.domain() as [number, number];
  const dates = [...new Set(xs)].sort((a, b) => a - b);
  // Labels sit on measured points (not on d3's midnight-UTC ticks, which a day formatted in the organization's
  // time zone would name as the day before): up to five, evenly spread.
  const axisCount = Math.min(5, dates.length);
  const axisDates = [
    ...new Set(
      Array.from(
        { length: axisCount },
        (_, i) => dates[Math.round((i * (dates.length - 1)) / Math.max(1, axisCount - 1))]!,
      ),
    ),
  ];
  return (
    <figure className="grid gap-2">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-label={title} className="h-auto w-full overflow-visible">
        {bands.map((band) => {
          const top = y(Math.min(band.to, yMax));
          const bottom = y(Math.max(band.from, yMin));
          return bottom > top ? (
            <rect
              key={band.label}
              x={MARGIN.left}
              y={top}
              width={width - MARGIN.left - MARGIN.right}
              height={bottom - top}
              fill={bandFill[band.tone]}
            />
          ) : null;
        })}
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={width - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="var(--border)" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="var(--fg-muted)">
              {(formatAxis ?? formatY)(tick)}
            </text>
          </g>
        ))}
        {axisDates.map((time) => (
          <text
            key={time}
            x={x(new Date(time))}
            y={height - 6}
            textAnchor="middle"
            fontSize="11"
            fill="var(--fg-muted)"
          >
            {formatX(new Date(time))}
          </text>
        ))}
        {series.map((s) => (
          <g key={s.label}>
            <path
              d={path(s.points) ?? undefined}
              fill="none"
              stroke={`var(--chart-${s.color})`}
              strokeWidth={2}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
            {/* A value with no neighbour draws no line: a dot shows it (a weekly check, one field record). */}
            {s.points.map((p, i) =>
              p.y !== null && s.points[i - 1]?.y == null && s.points[i + 1]?.y == null ? (
                <circle key={p.x.getTime()} cx={x(p.x)} cy={y(p.y)} r={3} fill={`var(--chart-${s.color})`} />
              ) : null,
            )}
          </g>
        ))}
      </svg>
      {series.length > 1 || bands.length > 0 ? (
        <ChartLegend
          entries={[
            ...series.map((s) => ({ label: s.label, color: `var(--chart-${s.color})`, mark: "line" as const })),
            ...bands.map((band) => ({ label: band.label, color: bandFill[band.tone], mark: "swatch" as const })),
          ]}
        />
      ) : null}
      <ChartDataTable
        summary={tableLabel}
        caption={title}
        columns={[xLabel, ...series.map((s) => s.label)]}
        rows={dates.map((time) => ({
          key: String(time),
          cells: [
            formatX(new Date(time)),
            ...series.map((s) => {
              const point = s.points.find((p) => p.x.getTime() === time);
              return point?.y === null || point === undefined ? "—" : formatY(point.y);
            }),
          ],
        }))}
      />
    </figure>
  );
}
