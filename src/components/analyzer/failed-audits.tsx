import { categoryIds, type AnalysisResult } from "../../analyzer/analysis-result";
import type { Dictionary } from "../../i18n/dictionary";
import type { Locale } from "../../i18n/locales";
import { Icon } from "../ui/icons";
import { auditDetail } from "./audit-detail";
import { AuditTitle } from "./audit-title";
import { auditsCount } from "./audits-count";
import { BandShape } from "./band-shape";
import { scoreBand } from "./score-bands";

/** The audits that failed, one disclosure per category (open when it has failures), so the list stays scannable. */
export function FailedAudits({
  failedAudits,
  copy,
  locale,
}: {
  failedAudits: AnalysisResult["failedAudits"];
  copy: Dictionary["analyzerPages"]["report"];
  locale: Locale;
}) {
  return (
    <div className="grid gap-3">
      {categoryIds.map((category) => {
        const audits = failedAudits[category];
        return (
          <details
            key={category}
            open={audits.length > 0 && audits.length <= 6}
            className="group rounded-xl border border-border bg-surface shadow-sm"
          >
            <summary className="flex cursor-pointer list-none items-center justify-between gap-3 rounded-xl px-4 py-3 [&::-webkit-details-marker]:hidden">
              <span className="font-medium">{copy.categories[category]}</span>
              <span className="flex items-center gap-2 text-sm text-fg-muted">
                {auditsCount(audits.length, copy)}
                <Icon name="chevronDown" className="size-4 transition-transform group-open:rotate-180" />
              </span>
            </summary>
            {audits.length === 0 ? (
              <p className="border-t border-border px-4 py-3 text-sm text-fg-muted">{copy.auditsNone}</p>
            ) : (
              <ul className="divide-y divide-border border-t border-border">
                {audits.map((audit) => {
                  const detail = auditDetail(audit, locale);
                  return (
                    <li key={audit.id} className="flex items-start gap-2.5 px-4 py-2.5">
                      <BandShape band={scoreBand(Math.round((audit.score ?? 0) * 100))} className="mt-1.5 size-2.5" />
                      <div>
                        <p className="text-sm">
                          <AuditTitle text={audit.title[locale]} />
                        </p>
                        {detail ? <p className="text-xs text-fg-muted">{detail}</p> : null}
                      </div>
                    </li>
                  );
                })}
              </ul>
            )}
          </details>
        );
      })}
    </div>
  );
}
