import Link from "next/link";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { ReportView } from "../report-view";
import { headlineFigures, reportFigureFormat, reportMonth } from "../report-figures";
import { ReportStatusBadge } from "./report-status-badge";

/** One card per month: its name, status and headline figures, linking to the whole report. */
export function ReportList({
  reports,
  base,
  format,
  t,
}: {
  reports: ReportView[];
  base: string;
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.reports;
  const month = reportMonth(format);
  return (
    <ul className="grid gap-4">
      {reports.map((report) => {
        const name = month(report.period);
        const figure = reportFigureFormat(format, t, report.summary);
        const shown = headlineFigures.filter((key) => report.summary[key] !== undefined);
        return (
          <li key={report.id} className="grid gap-3 rounded-xl border border-border bg-surface p-4 shadow-xs">
            <div className="flex flex-wrap items-center justify-between gap-2">
              <h2 className="text-base font-semibold first-letter:uppercase">
                <Link href={`${base}/${report.id}`} className="hover:underline">
                  {name}
                </Link>
              </h2>
              <ReportStatusBadge status={report.status} t={t} />
            </div>
            {shown.length > 0 ? (
              <dl className="grid grid-cols-2 gap-x-4 gap-y-3 sm:grid-cols-3 lg:grid-cols-6">
                {shown.map((key) => (
                  <div key={key} className="grid gap-0.5">
                    <dt className="text-xs text-fg-muted">{copy.figures[key]}</dt>
                    <dd className="font-semibold tabular-nums">{figure(key, report.summary[key])}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p className="text-sm text-fg-muted">
                {report.status === "ready" ? copy.noFigures : copy.statusNotes[report.status]}
              </p>
            )}
            <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
              <span className="text-fg-muted">
                {report.generatedAt ? formatMessage(copy.generatedAt, { date: format.date(report.generatedAt) }) : null}
              </span>
              <Link href={`${base}/${report.id}`} className="font-medium text-accent-text hover:underline">
                {copy.open}
                <span className="sr-only">: {name}</span>
              </Link>
            </div>
          </li>
        );
      })}
    </ul>
  );
}
