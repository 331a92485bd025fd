import { StatCard } from "@/src/components/ui/stat-card";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { goodLcpMs, reportFigureFormat, reportSections } from "../report-figures";
import type { ReportSummary } from "../report-summary";

/**
 * The whole summary, grouped in sections of stat cards; a section the month has no figures for (no campaigns
 * on the plan, say) is left out. Each card recalls the previous month's value when there is one.
 */
export function ReportSummarySections({
  summary,
  previous,
  format,
  t,
}: {
  summary: ReportSummary;
  /** The month before's report, when there is one. */
  previous: { period: string; summary: ReportSummary } | null;
  format: Formatters;
  t: Dictionary;
}) {
  const copy = t.reports;
  const figure = reportFigureFormat(format, t, summary);
  const previousFigure = previous ? reportFigureFormat(format, t, previous.summary) : null;
  const hints = copy.hints as Partial<Record<string, string>>;
  return (
    <>
      {reportSections.map((section) => {
        const present = section.figures.filter((key) => summary[key] !== undefined);
        if (present.length === 0) return null;
        return (
          <section key={section.key} aria-labelledby={`section-${section.key}`} className="grid gap-3">
            <h2 id={`section-${section.key}`} className="text-base font-semibold">
              {copy.sections[section.key]}
            </h2>
            <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
              {present.map((key) => {
                const before = previous?.summary[key];
                return (
                  <StatCard
                    key={key}
                    label={copy.figures[key]}
                    value={figure(key, summary[key])}
                    hint={
                      [
                        hints[key] && formatMessage(hints[key], { good: format.duration(goodLcpMs) }),
                        before !== undefined && previousFigure
                          ? formatMessage(copy.detail.previous, {
                              value: previousFigure(key, before),
                            })
                          : null,
                      ]
                        .filter(Boolean)
                        .join(" · ") || undefined
                    }
                  />
                );
              })}
            </div>
          </section>
        );
      })}
    </>
  );
}
