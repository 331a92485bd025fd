import type { Result } from "lighthouse";
import { swapLocale } from "lighthouse/shared/localization/swap-locale.js";
import { analysisResultSchema, categoryIds, type AnalysisResult, type CategoryId } from "../analysis-result.ts";

type Audit = Result["audits"][string];

const lighthouseCategory: Record<CategoryId, string> = {
  performance: "performance",
  accessibility: "accessibility",
  bestPractices: "best-practices",
  seo: "seo",
};

/** The categories the report shows, as Lighthouse names them: the only ones worth running. */
export const reportedLighthouseCategories = Object.values(lighthouseCategory);

/** Groups whose audits are not findings: the metrics have their own cards, hidden ones are raw data. */
const notFindings = new Set(["metrics", "hidden"]);
/** Modes whose score is a pass/fail judgement (informative, manual, n/a and errored audits have none). */
const judged = new Set(["binary", "numeric", "metricSavings"]);
/** Lighthouse's own line between passed and failed. */
const PASS = 0.9;
const MAX_OPPORTUNITIES = 10;
/** Metrics whose savings are milliseconds (CLS savings are a unitless score). */
const timeMetrics = ["LCP", "FCP", "TBT", "INP"] as const;

/**
 * Turns Lighthouse's result into the stored report. The result was produced in English; Lighthouse's own
 * locale swap re-renders its texts in Portuguese ("pt" is its Brazilian Portuguese), so audit titles are
 * kept in both languages. Validated against the contract before it leaves.
 */
export function summarizeLighthouseResult(lhr: Result): AnalysisResult {
  const portuguese = portugueseTexts(lhr);
  const summary = (audit: Audit) => {
    const translated = portuguese[audit.id];
    return {
      id: audit.id,
      title: { en: audit.title, "pt-BR": translated?.title ?? audit.title },
      score: audit.score,
      displayValue: audit.displayValue ?? null,
      localizedDisplayValue:
        audit.displayValue === undefined
          ? null
          : { en: audit.displayValue, "pt-BR": translated?.displayValue ?? audit.displayValue },
    };
  };
  const findings = (category: CategoryId) =>
    (lhr.categories[lighthouseCategory[category]]?.auditRefs ?? [])
      .filter((ref) => !notFindings.has(ref.group ?? ""))
      .map((ref) => lhr.audits[ref.id])
      .filter((audit): audit is Audit => audit !== undefined && failed(audit));

  const opportunities = findings("performance")
    .map((audit) => ({ ...summary(audit), ...savings(audit) }))
    .filter((o) => (o.savingsMs ?? 0) > 0 || (o.savingsBytes ?? 0) > 0)
    .sort((a, b) => (b.savingsMs ?? 0) - (a.savingsMs ?? 0) || (b.savingsBytes ?? 0) - (a.savingsBytes ?? 0))
    .slice(0, MAX_OPPORTUNITIES);

  return analysisResultSchema.parse({
    lighthouseVersion: lhr.lighthouseVersion,
    fetchedAt: lhr.fetchTime,
    finalUrl: lhr.finalDisplayedUrl,
    scores: Object.fromEntries(categoryIds.map((id) => [id, percent(lhr.categories[lighthouseCategory[id]]?.score)])),
    metrics: {
      lcpMs: numeric(lhr, "largest-contentful-paint"),
      cls: numeric(lhr, "cumulative-layout-shift"),
      tbtMs: numeric(lhr, "total-blocking-time"),
      fcpMs: numeric(lhr, "first-contentful-paint"),
      speedIndexMs: numeric(lhr, "speed-index"),
      ttfbMs: numeric(lhr, "server-response-time"),
    },
    opportunities,
    failedAudits: Object.fromEntries(categoryIds.map((id) => [id, findings(id).map(summary)])),
    pageWeightBytes: Math.round(numeric(lhr, "total-byte-weight") ?? 0),
    requestCount: tableRows(lhr.audits["network-requests"]),
    consoleErrorCount: tableRows(lhr.audits["errors-in-console"]),
  });
}

/**
 * The audits' titles and display values in Portuguese. Lighthouse's swap copies the whole result it is given
 * (screenshots and traces included), so it gets only the texts: the message paths it does not find are
 * skipped.
 */
function portugueseTexts(lhr: Result): Record<string, { title?: string; displayValue?: string }> {
  const texts = Object.fromEntries(
    Object.entries(lhr.audits).map(([id, audit]) => [id, { title: audit.title, displayValue: audit.displayValue }]),
  );
  const swapped = swapLocale(
    { audits: texts, i18n: lhr.i18n, configSettings: lhr.configSettings } as unknown as Result,
    "pt",
  );
  return swapped.lhr.audits as Record<string, { title?: string; displayValue?: string }>;
}

function failed(audit: Audit): boolean {
  return judged.has(audit.scoreDisplayMode) && audit.score !== null && audit.score < PASS;
}

function percent(score: number | null | undefined): number | null {
  return typeof score === "number" ? Math.round(score * 100) : null;
}

function numeric(lhr: Result, id: string): number | null {
  const value = lhr.audits[id]?.numericValue;
  return typeof value === "number" && Number.isFinite(value) ? value : null;
}

function tableRows(audit: Audit | undefined): number {
  const details = audit?.details;
  return details && "items" in details && Array.isArray(details.items) ? details.items.length : 0;
}

/**
 * Estimated savings as Lighthouse reports them: classic opportunities carry overall savings in their
 * details; insights carry per-metric savings, of which the largest time saving is the one to show.
 */
function savings(audit: Audit): { savingsMs: number | null; savingsBytes: number | null } {
  const details = audit.details as { overallSavingsMs?: unknown; overallSavingsBytes?: unknown } | undefined;
  const perMetric = timeMetrics
    .map((metric) => audit.metricSavings?.[metric])
    .filter((v): v is number => typeof v === "number");
  const ms = typeof details?.overallSavingsMs === "number" ? details.overallSavingsMs : Math.max(0, ...perMetric);
  const bytes = typeof details?.overallSavingsBytes === "number" ? details.overallSavingsBytes : null;
  return { savingsMs: ms > 0 ? Math.round(ms) : null, savingsBytes: bytes !== null ? Math.round(bytes) : null };
}
