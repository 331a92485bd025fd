import { scaleBand, scaleLinear } from "d3-scale";
import { ChartDataTable } from "./chart-data-table";
import { ChartLegend } from "./chart-legend";

export interface BarSegment {
  label: string;
  color: 1 | 2 | 3 | 4;
}

const WIDTH = 640;
const MARGIN = { top: 12, right: 12, bottom: 24, left: 52 };

/**
 * Stacked bars per category (requests per day by status class, spend per day), as static server-rendered SVG
 * with a table view. `values[i][j]` is segment j of category i.
 */
export function BarChart({
  title,
  categories,
  segments,
  values,
  formatY,
  tableLabel,
  categoryLabel,
  height = 200,
  labelEvery = Math.max(1, Math.ceil(categories.length / 8)),
}: {
  title: string;
  categories: string[];
  segments: BarSegment[];
  values: number[][];
  formatY: (value: number) => string;
  tableLabel: string;
  categoryLabel: string;
  height?: number;
  labelEvery?: number;
}) {
  const x = scaleBand<number>()
    .domain(categories.map((_, i) => i))
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .padding(0.2);
  const totals = values.map((row) => row.reduce((sum, v) => sum + v, 0));
  const y = scaleLinear()
    .domain([0, Math.max(1, ...totals)])
    .nice()
    .range([height - MARGIN.bottom, MARGIN.top]);
  return (
    <figure className="grid gap-2">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title} className="h-auto w-full">
        {y.ticks(4).map((tick) => (
          <g key={tick}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} stroke="var(--border)" />
            <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" textAnchor="end" fontSize="11" fill="var(--fg-muted)">
              {formatY(tick)}
            </text>
          </g>
        ))}
        {values.map((row, i) => {
          let base = 0;
          return (
            <g key={categories[i]}>
              {row.map((value, j) => {
                const top = y(base + value);
                const bottom = y(base);
                base += value;
                return value > 0 ? (
                  <rect
                    key={segments[j]!.label}
                    x={x(i)}
                    y={top}
                    width={x.bandwidth()}
                    height={Math.max(bottom - top, 0.5)}
                    fill={`var(--chart-${segments[j]!.color})`}
                  />
                ) : null;
              })}
              {i % labelEvery === 0 ? (
                <text
                  x={(x(i) ?? 0) + x.bandwidth() / 2}
                  y={height - 6}
                  textAnchor="middle"
                  fontSize="11"
                  fill="var(--fg-muted)"
                >
                  {categories[i]}
                </text>
              ) : null}
            </g>
          );
        })}
      </svg>
      {segments.length > 1 ? (
        <ChartLegend
          entries={segments.map((s) => ({ label: s.label, color: `var(--chart-${s.color})`, mark: "swatch" }))}
        />
      ) : null}
      <ChartDataTable
        summary={tableLabel}
        caption={title}
        columns={[categoryLabel, ...segments.map((s) => s.label)]}
        rows={categories.map((category, i) => ({
          key: `${category}-${i}`,
          cells: [category, ...values[i]!.map(formatY)],
        }))}
      />
    </figure>
  );
}
