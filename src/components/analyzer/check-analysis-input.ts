import { AnalyzerError } from "../../analyzer/analyzer-error";
import type { Dictionary } from "../../i18n/dictionary";
import { formatMessage } from "../../i18n/format-message";

/**
 * Runs one of the analyzer's own input rules (`normalizeUrl`, `normalizeEmail`) in the browser, so the form
 * refuses exactly what the API would, with the same words, before any request is made. The API stays the
 * authority: it also resolves the host and refuses private addresses, which a browser cannot know.
 */
export function checkAnalysisInput<T>(normalize: () => T, t: Dictionary): { value: T } | { error: string } {
  try {
    return { value: normalize() };
  } catch (error) {
    if (!(error instanceof AnalyzerError)) throw error;
    return { error: formatMessage(t.analyzerApi.messages[error.messageKey], error.values) };
  }
}
