/** One entry of a chart's legend: a line (a series) or a swatch (a stacked segment, a threshold band). */
export interface LegendEntry {
  label: string;
  /** A CSS colour. */
  color: string;
  mark: "line" | "swatch";
}

/** What each colour of a chart means, in words beside it. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <figcaption className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
      {entries.map((entry) => (
        <span key={entry.label} className="inline-flex items-center gap-1.5">
          <span
            aria-hidden="true"
            className={entry.mark === "line" ? "h-0.5 w-4 rounded" : "size-3 rounded-sm"}
            style={{ background: entry.color }}
          />
          {entry.label}
        </span>
      ))}
    </figcaption>
  );
}
