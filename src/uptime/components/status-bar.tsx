import { ChartDataTable } from "@/src/components/charts/chart-data-table";
import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { DayStatus, UptimeSummary } from "../queries/get-uptime-summary";

const blockClass: Record<DayStatus, string> = {
  up: "bg-success",
  partial: "bg-warning",
  down: "bg-danger",
  none: "bg-surface-muted ring-1 ring-inset ring-border",
};

const statuses: DayStatus[] = ["up", "partial", "down", "none"];

/**
 * One block per day, coloured by how the day went. Each block carries its day and status as text (a tooltip
 * for the pointer, hidden text for screen readers), a legend names the colours, and the table view lists the
 * same days with their counts.
 */
export function StatusBar({
  days,
  t,
  format,
}: {
  days: UptimeSummary["statusDays"];
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.uptime.statusBar;
  const label = (d: UptimeSummary["statusDays"][number]) => {
    const date = format.date(`${d.day}T12:00:00Z`);
    const status = copy.statuses[d.status];
    return d.checks === 0
      ? formatMessage(copy.day, { date, status })
      : formatMessage(copy.dayDetail, { date, status, ok: format.number(d.ok), checks: format.number(d.checks) });
  };
  return (
    <div className="grid gap-3">
      <ol
        aria-label={copy.listLabel}
        className="grid h-10 gap-px sm:gap-0.5"
        style={{ gridTemplateColumns: `repeat(${days.length}, minmax(0, 1fr))` }}
      >
        {days.map((d) => (
          <li key={d.day} title={label(d)} className={cx("rounded-[2px]", blockClass[d.status])}>
            <span className="sr-only">{label(d)}</span>
          </li>
        ))}
      </ol>
      <div aria-hidden="true" className="flex justify-between text-xs text-fg-muted">
        <span>{copy.start}</span>
        <span>{copy.today}</span>
      </div>
      <ul aria-label={copy.legendLabel} className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-fg-muted">
        {statuses.map((status) => (
          <li key={status} className="inline-flex items-center gap-1.5">
            <span aria-hidden="true" className={cx("size-3 rounded-sm", blockClass[status])} />
            {copy.statuses[status]}
          </li>
        ))}
      </ul>
      <ChartDataTable
        summary={t.workspace.showTable}
        caption={copy.listLabel}
        columns={[t.workspace.date, copy.status, copy.checks, copy.ok]}
        rows={[...days].reverse().map((d) => ({
          key: d.day,
          cells: [
            format.date(`${d.day}T12:00:00Z`),
            copy.statuses[d.status],
            format.number(d.checks),
            format.number(d.ok),
          ],
        }))}
      />
    </div>
  );
}
