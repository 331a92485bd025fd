import type { Artifacts } from "lighthouse";
import { AnalysisFailure } from "../analysis-failure.ts";

/** Lighthouse's own codes (LighthouseError.errors) for a page that never (fully) loaded. */
const loadTimeoutCodes = new Set(["NO_FCP", "PAGE_HUNG", "NO_TTI_CPU_IDLE_PERIOD", "NO_TTI_NETWORK_IDLE_PERIOD"]);
const unreachableCodes = new Set([
  "FAILED_DOCUMENT_REQUEST",
  "NO_DOCUMENT_REQUEST",
  "CHROME_INTERSTITIAL_ERROR",
  "INSECURE_DOCUMENT_REQUEST",
]);

/**
 * Reads the gathered artifacts for a page that did not load well enough to audit: Lighthouse's page-load
 * error, or its "loaded too slowly" warning (the page was still loading when `maxWaitForLoad` ran out, so
 * its metrics describe an unfinished page). `refusedByProxy` says the egress proxy turned a request away,
 * which is then the real reason whatever Chrome made of the refusal.
 */
export function pageLoadFailure(artifacts: Artifacts, refusedByProxy: boolean): AnalysisFailure | null {
  const error = artifacts.PageLoadError;
  const finalUrl = artifacts.URL?.finalDisplayedUrl;
  if (error) {
    if (refusedByProxy) return new AnalysisFailure("url_not_allowed", { finalUrl });
    const code = error.code;
    if (code === "DNS_FAILURE") return new AnalysisFailure("dns_failure", { finalUrl });
    if (code === "NOT_HTML") return new AnalysisFailure("not_html", { finalUrl });
    if (code === "ERRORED_DOCUMENT_REQUEST") {
      const status = Number((error as { statusCode?: unknown }).statusCode);
      return new AnalysisFailure("http_status", { status: Number.isInteger(status) ? status : undefined, finalUrl });
    }
    if (loadTimeoutCodes.has(code)) return new AnalysisFailure("page_load_timeout", { finalUrl });
    if (unreachableCodes.has(code)) return new AnalysisFailure("unreachable", { finalUrl });
    return new AnalysisFailure("lighthouse_error", { finalUrl, cause: error });
  }
  const timedOut = artifacts.LighthouseRunWarnings.some(
    (warning) => typeof warning !== "string" && warning.i18nId.endsWith("navigation.js | warningTimeout"),
  );
  return timedOut ? new AnalysisFailure("page_load_timeout", { finalUrl }) : null;
}
