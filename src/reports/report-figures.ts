import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import type { ReportFigureKey, ReportSummary } from "./report-summary";

export const reportSections = [
  { key: "availability", figures: ["uptime_percent", "incidents", "downtime_minutes"] },
  { key: "performance", figures: ["performance_score", "lcp_ms"] },
  { key: "traffic", figures: ["requests", "bandwidth_bytes"] },
  { key: "support", figures: ["tickets_opened", "tickets_resolved", "deliveries"] },
  { key: "ads", figures: ["ad_cost", "ad_revenue", "ad_conversions", "roas"] },
] as const satisfies ReadonlyArray<{ key: string; figures: readonly ReportFigureKey[] }>;

/** Google's "good" threshold for Largest Contentful Paint, quoted beside the month's LCP. */
export const goodLcpMs = 2500;

/** The figures a report's row in the list shows first. */
export const headlineFigures = [
  "uptime_percent",
  "performance_score",
  "requests",
  "tickets_resolved",
  "ad_cost",
  "roas",
] as const satisfies readonly ReportFigureKey[];

/** Each summary figure in words and units: uptime with two decimals (99.95 % is not 100 %), bytes, minutes… */
export function reportFigureFormat(format: Formatters, t: Dictionary, summary: Pick<ReportSummary, "currency">) {
  const copy = t.reports.units;
  const currency = summary.currency ?? "BRL";
  const uptime = new Intl.NumberFormat(format.locale, { style: "percent", maximumFractionDigits: 2 });
  // "25 min": the long form reads "0 minuto" in Portuguese, whose plural rules put zero with one.
  const minutes = new Intl.NumberFormat(format.locale, { style: "unit", unit: "minute", unitDisplay: "short" });
  const formats: Record<ReportFigureKey, (value: number) => string> = {
    requests: format.compact,
    bandwidth_bytes: format.bytes,
    performance_score: (value) => formatMessage(copy.score, { score: format.number(Math.round(value)) }),
    lcp_ms: format.duration,
    incidents: format.number,
    downtime_minutes: (value) => minutes.format(Math.round(value)),
    uptime_percent: (value) => uptime.format(value / 100),
    tickets_opened: format.number,
    tickets_resolved: format.number,
    deliveries: format.number,
    ad_cost: (value) => format.money(value, currency),
    ad_revenue: (value) => format.money(value, currency),
    ad_conversions: (value) => format.number(Math.round(value * 10) / 10),
    roas: (value) => formatMessage(copy.roas, { value: format.number(Math.round(value * 100) / 100) }),
  };
  return (key: ReportFigureKey, value: number | undefined) =>
    value === undefined ? t.workspace.none : formats[key](value);
}

/** The month a report covers ("março de 2026"), in the organization's time zone. */
export function reportMonth(format: Formatters, style: "long" | "short" = "long") {
  const month = new Intl.DateTimeFormat(format.locale, {
    month: style,
    year: style === "long" ? "numeric" : "2-digit",
    timeZone: format.timeZone,
  });
  // Noon UTC of the 1st is the 1st in every time zone, so the month never slips to the one before.
  return (period: string) => month.format(new Date(`${period}T12:00:00Z`));
}

/**
 * Month labels for a chart's time axis. A period is a calendar month, not an instant, and the chart's ticks
 * fall on month starts at midnight UTC: read in São Paulo, 1 July 00:00 UTC would be labelled June.
 */
export function chartMonth(format: Formatters) {
  const month = new Intl.DateTimeFormat(format.locale, { month: "short", year: "2-digit", timeZone: "UTC" });
  return (value: Date) => month.format(value);
}
