import type { Locale } from "../../i18n/locales";
import { metricDefinitions, type MetricId } from "./score-bands";

/**
 * Durations read as Lighthouse shows them: seconds with one decimal from one second up, whole milliseconds
 * below (TBT stays in milliseconds, its thresholds are). "s" and "ms" are the same in every language, where
 * Intl's unit names are not ("4.6 sec").
 */
export function formatDuration(ms: number, locale: Locale, { alwaysMs = false } = {}): string {
  if (alwaysMs || ms < 1000) return `${new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(ms)} ms`;
  const seconds = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    ms / 1000,
  );
  return `${seconds} s`;
}

export function formatMetric(id: MetricId, value: number, locale: Locale): string {
  if (metricDefinitions[id].unit === "score") {
    return new Intl.NumberFormat(locale, { maximumFractionDigits: 3 }).format(value);
  }
  return formatDuration(value, locale, { alwaysMs: id === "tbt" });
}

export function formatBytes(bytes: number, locale: Locale): string {
  const [unit, divisor] =
    bytes >= 1_000_000
      ? (["megabyte", 1_000_000] as const)
      : bytes >= 1000
        ? (["kilobyte", 1000] as const)
        : (["byte", 1] as const);
  return new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: unit === "byte" ? 0 : 1 }).format(
    bytes / divisor,
  );
}

export function formatDateTime(iso: string, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: "long",
    timeStyle: "short",
    timeZone: "America/Sao_Paulo",
  }).format(new Date(iso));
}

/** The host a report is about, without "www." (what people call their site). */
export function reportHost(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, "");
  } catch {
    return url;
  }
}
