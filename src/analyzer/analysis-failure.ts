/**
 * Why an analysis failed, as the stable code stored in `url_analyses.failure_reason` and shown to the visitor
 * through the `analysisFailures` texts. `http_status` is stored with the page's status (`http_status:404`).
 */
export const analysisFailureCodes = [
  /** The host name does not resolve. */
  "dns_failure",
  /** The URL, or an address it resolves or redirects to, is one the analyzer must not reach. */
  "url_not_allowed",
  /** Connection refused, reset or otherwise impossible. */
  "unreachable",
  /** The server did not answer in time. */
  "timeout",
  "too_many_redirects",
  /** The page answered with a 4xx/5xx status. */
  "http_status",
  /** The URL is not a web page (an image, a PDF, JSON…). */
  "not_html",
  /** The page answered but never finished loading within Lighthouse's limit. */
  "page_load_timeout",
  /** Lighthouse or the browser failed for a reason of its own. */
  "lighthouse_error",
  /** The run was lost (the server stopped or crashed, a cancelled run) and its deadline passed. */
  "interrupted",
] as const;

export type AnalysisFailureCode = (typeof analysisFailureCodes)[number];

/** An expected way for an analysis to end: the job records it as `failed` instead of retrying. */
export class AnalysisFailure extends Error {
  readonly code: AnalysisFailureCode;
  /** The page's HTTP status, for `http_status`. */
  readonly status: number | undefined;
  /** Where the page was when it failed, when that is known (after redirects). */
  readonly finalUrl: string | undefined;

  constructor(code: AnalysisFailureCode, details: { status?: number; finalUrl?: string; cause?: unknown } = {}) {
    super(details.status === undefined ? code : `${code}:${details.status}`, { cause: details.cause });
    this.name = "AnalysisFailure";
    this.code = code;
    this.status = details.status;
    this.finalUrl = details.finalUrl;
  }

  /** The value stored in `failure_reason`. */
  get reason(): string {
    return this.message;
  }
}
