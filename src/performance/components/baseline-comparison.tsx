import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import { formatVital } from "../format-vital";
import type { PerformanceReport } from "../queries/get-performance-report";
import { rateScore, rateVital, ratingTone, scoreIds, vitalIds, type Rating } from "../web-vitals";
import { TableScroll } from "@/src/components/ui/table-scroll";

type Measurement = Pick<NonNullable<PerformanceReport["baseline"]>, "scores" | "metrics">;

/** The analyzer baseline beside the latest scheduled run, score by score and metric by metric. */
export function BaselineComparison({
  before,
  now,
  t,
  format,
}: {
  before: Measurement;
  now: Measurement | null;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.performance;
  const rows = [
    ...scoreIds.map((id) => ({
      key: id,
      label: t.analyzerPages.report.categories[id],
      cells: [before.scores[id], now?.scores[id] ?? null].map((value) =>
        value === null ? null : { text: format.number(value), rating: rateScore(value) },
      ),
    })),
    ...vitalIds
      .filter((id) => before.metrics[id] !== null || (now?.metrics[id] ?? null) !== null)
      .map((id) => ({
        key: id,
        label: copy.vitals[id].name,
        cells: [before.metrics[id], now?.metrics[id] ?? null].map((value) =>
          value === null ? null : { text: formatVital(id, value, format), rating: rateVital(id, value) },
        ),
      })),
  ];
  return (
    <TableScroll label={copy.baseline.caption}>
      <table className="w-full min-w-[28rem] text-left text-sm">
        <caption className="sr-only">{copy.baseline.caption}</caption>
        <thead className="text-xs text-fg-muted">
          <tr>
            <th scope="col" className="py-2 pr-3 font-medium">
              {copy.baseline.metric}
            </th>
            <th scope="col" className="px-3 py-2 font-medium">
              {copy.baseline.before}
            </th>
            <th scope="col" className="py-2 pl-3 font-medium">
              {copy.baseline.now}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-t border-border">
              <th scope="row" className="py-2 pr-3 font-medium">
                {row.label}
              </th>
              {row.cells.map((cell, index) => (
                <td key={index} className={index === 0 ? "px-3 py-2" : "py-2 pl-3"}>
                  {cell ? <RatedValue text={cell.text} rating={cell.rating} t={t} /> : t.workspace.none}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function RatedValue({ text, rating, t }: { text: string; rating: Rating; t: Dictionary }) {
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <span className="tabular-nums">{text}</span>
      <StatusBadge tone={ratingTone[rating]}>{t.performance.ratings[rating]}</StatusBadge>
    </span>
  );
}
