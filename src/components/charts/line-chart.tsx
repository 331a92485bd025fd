import { scaleLinear, scaleTime } from "d3-scale";
import { line } from "d3-shape";
import { ChartDataTable } from "./chart-data-table";

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

const WIDTH = 640;
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
  formatX,
  tableLabel,
  xLabel,
  height = 200,
  yDomain,
  bands = [],
}: {
  title: string;
  series: LineSeries[];
  formatY: (value: number) => string;
  formatX: (value: Date) => string;
  tableLabel: string;
  xLabel: string;
  height?: number;
  yDomain?: [number, number];
  bands?: ThresholdBand[];
}) {
  const all = series.flatMap((s) => s.points);
  const xs = all.map((p) => p.x.getTime());
  const ys = all.flatMap((p) => (p.y === null ? [] : [p.y]));
  const x = scaleTime()
    .domain([new Date(Math.min(...xs)), new Date(Math.max(...xs))])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
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
  return (
    <figure className="grid gap-2">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} className="h-auto w-full overflow-visible">
        {bands.map((band) => {
          const top = y(Math.min(band.to, yMax));
          const bottom = y(Math.max(band.from, yMin));
          return bottom > top ? (
            <rect
              key={band.label}
              x={MARGIN.left}
              y={top}
              width={WIDTH - MARGIN.left - MARGIN.right}
              height={bottom - top}
              fill={bandFill[band.tone]}
            />
          ) : null;
        })}
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="var(--border)" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="var(--fg-muted)">
              {formatY(tick)}
            </text>
          </g>
        ))}
        {x.ticks(5).map((tick) => (
          <text
            key={tick.getTime()}
            x={x(tick)}
            y={height - 6}
            textAnchor="middle"
            fontSize="11"
            fill="var(--fg-muted)"
          >
            {formatX(tick)}
          </text>
        ))}
        {series.map((s) => (
          <path
            key={s.label}
            d={path(s.points) ?? undefined}
            fill="none"
            stroke={`var(--chart-${s.color})`}
            strokeWidth={2}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        ))}
      </svg>
      {series.length > 1 || bands.length > 0 ? (
        <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
          {series.map((s) => (
            <span key={s.label} className="inline-flex items-center gap-1.5">
              <span
                aria-hidden="true"
                className="h-0.5 w-4 rounded"
                style={{ background: `var(--chart-${s.color})` }}
              />
              {s.label}
            </span>
          ))}
          {bands.map((band) => (
            <span key={band.label} className="inline-flex items-center gap-1.5">
              <span aria-hidden="true" className="size-3 rounded-sm" style={{ background: bandFill[band.tone] }} />
              {band.label}
            </span>
          ))}
        </figcaption>
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
