import type { Dictionary } from "../../i18n/dictionary";
import type { Locale } from "../../i18n/locales";
import { formatMessage } from "../../i18n/format-message";
import { formatRetryTime } from "./format-retry-time";
import type { ApiOutcome } from "./post-to-analyzer-api";

export interface FormErrors {
  url?: string;
  email?: string;
  form?: string;
}

const urlCodes = new Set(["invalid_url", "url_not_allowed"]);

/**
 * Places an API refusal next to the field it is about (the API's message is already in the visitor's
 * language); a rate limit also gives the clock time it lifts.
 */
export function submitError(
  failure: Extract<ApiOutcome<unknown>, { ok: false }>,
  t: Dictionary,
  locale: Locale,
): FormErrors {
  const copy = t.analyzerPages.submitErrors;
  if (urlCodes.has(failure.code)) return { url: failure.message ?? t.analyzerApi.messages.urlHost };
  if (failure.code === "invalid_email") return { email: failure.message ?? t.analyzerApi.messages.emailInvalid };
  if (failure.code === "network") return { form: copy.network };
  if (failure.code === "rate_limited" && failure.retryAfterSeconds) {
    const when = formatMessage(copy.retryAt, { time: formatRetryTime(failure.retryAfterSeconds, locale) });
    return { form: `${failure.message ?? t.errors.rate_limited} ${when}` };
  }
  return { form: failure.message ?? copy.unexpected };
}
