import type { analyzerApiPtBR } from "@/src/i18n/sections/analyzer-api.pt-BR";

/** The analyzer API's error codes, as clients see them in `{ error: { code, message } }`. */
export type AnalyzerErrorCode =
  | "invalid_request"
  | "invalid_url"
  | "url_not_allowed"
  | "invalid_email"
  | "captcha_failed"
  | "rate_limited"
  | "not_found"
  | "unavailable"
  | "internal";

export type AnalyzerMessageKey = keyof (typeof analyzerApiPtBR)["messages"];

const statusOf: Record<AnalyzerErrorCode, number> = {
  invalid_request: 400,
  invalid_url: 400,
  url_not_allowed: 400,
  invalid_email: 400,
  captcha_failed: 400,
  rate_limited: 429,
  not_found: 404,
  unavailable: 503,
  internal: 500,
};

/**
 * An expected refusal of an analyzer request. It names the message to show (translated when the response is
 * written, in the request's language) and, for rate limits, when to come back; anything else thrown is a bug
 * and becomes a generic 500.
 */
export class AnalyzerError extends Error {
  readonly code: AnalyzerErrorCode;
  readonly messageKey: AnalyzerMessageKey;
  readonly values: Record<string, string | number>;
  /** Seconds until the request may succeed, for `rate_limited`. */
  readonly retryAfter: number | undefined;

  constructor(
    code: AnalyzerErrorCode,
    messageKey: AnalyzerMessageKey,
    options: { values?: Record<string, string | number>; retryAfter?: number; cause?: unknown } = {},
  ) {
    super(`${code}: ${messageKey}`, { cause: options.cause });
    this.name = "AnalyzerError";
    this.code = code;
    this.messageKey = messageKey;
    this.values = options.values ?? {};
    this.retryAfter = options.retryAfter;
  }

  get status(): number {
    return statusOf[this.code];
  }
}
