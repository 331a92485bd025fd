import type { AnalysisResult } from "../../analyzer/analysis-result";
import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";
import type { Locale } from "../../i18n/locales";
import { AuditTitle } from "./audit-title";
import { BandShape } from "./band-shape";
import { formatBytes, formatDuration } from "./format-report-values";
import { scoreBand, scoreBandColors } from "./score-bands";

/** Lighthouse's opportunities, largest estimated savings first, with a bar to compare their weight. */
export function OpportunityList({
  opportunities,
  copy,
  locale,
}: {
  opportunities: AnalysisResult["opportunities"];
  copy: Dictionary["analyzerPages"]["report"];
  locale: Locale;
}) {
  if (opportunities.length === 0) return <p className="text-sm text-fg-muted">{copy.opportunitiesEmpty}</p>;
  const largest = Math.max(...opportunities.map((o) => o.savingsMs ?? 0), 1);
  return (
    <ol className="divide-y divide-border rounded-xl border border-border bg-surface shadow-sm">
      {opportunities.map((opportunity) => {
        const band = scoreBand(Math.round((opportunity.score ?? 0) * 100));
        const savings = [
          opportunity.savingsMs
            ? formatMessage(copy.savingsTime, { value: formatDuration(opportunity.savingsMs, locale) })
            : null,
          opportunity.savingsBytes
            ? formatMessage(copy.savingsBytes, { value: formatBytes(opportunity.savingsBytes, locale) })
            : null,
        ].filter(Boolean);
        return (
          <li key={opportunity.id} className="grid gap-2 p-4 sm:grid-cols-[1fr_14rem] sm:items-center sm:gap-6">
            <div className="flex items-start gap-2.5">
              <BandShape band={band} className="mt-1.5 size-2.5" />
              <p className="text-sm font-medium">
                <AuditTitle text={opportunity.title[locale]} />
              </p>
            </div>
            <div className="grid gap-1.5 pl-5 sm:pl-0">
              <p className="text-sm font-medium sm:text-right">{savings.join(" · ")}</p>
              <div className="h-1.5 overflow-hidden rounded-full bg-surface-muted" aria-hidden="true">
                <div
                  className="h-full rounded-full"
                  style={{
                    width: `${Math.max(4, ((opportunity.savingsMs ?? 0) / largest) * 100)}%`,
                    backgroundColor: scoreBandColors[band].arc,
                  }}
                />
              </div>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
