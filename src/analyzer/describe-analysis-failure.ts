import type { Dictionary } from "../i18n/dictionary";
import { formatMessage } from "../i18n/format-message";
import { analysisFailureCodes, type AnalysisFailureCode } from "./analysis-failure";

/**
 * The visitor-facing text for a stored `failure_reason` (`dns_failure`, `http_status:404`, …), or null for a
 * reason this version does not know, so the page can fall back to its generic text.
 */
export function describeAnalysisFailure(reason: string, texts: Dictionary["analysisFailures"]): string | null {
  const [code = "", detail] = reason.split(":", 2);
  if (!(analysisFailureCodes as readonly string[]).includes(code)) return null;
  return formatMessage(texts[code as AnalysisFailureCode], { status: detail ?? "" });
}
