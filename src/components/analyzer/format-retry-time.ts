import type { Locale } from "../../i18n/locales";

/** When a rate-limited visitor may try again, as a clock time (with the weekday when it is not today). */
export function formatRetryTime(retryAfterSeconds: number, locale: Locale, now = new Date()): string {
  const at = new Date(now.getTime() + retryAfterSeconds * 1000);
  const sameDay = at.toDateString() === now.toDateString();
  return new Intl.DateTimeFormat(locale, {
    ...(sameDay ? {} : { weekday: "long" }),
    hour: "2-digit",
    minute: "2-digit",
  }).format(at);
}
