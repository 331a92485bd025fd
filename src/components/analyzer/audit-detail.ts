import type { AnalysisResult } from "../../analyzer/analysis-result";
import type { Locale } from "../../i18n/locales";

type Audit = AnalysisResult["failedAudits"]["performance"][number];

/** Lighthouse's short finding ("3 resources found") in the reader's language when the report has it. */
export function auditDetail(audit: Audit, locale: Locale): string | null {
  return audit.localizedDisplayValue?.[locale] ?? audit.displayValue;
}
