import type { AnalysisResult } from "../../analyzer/analysis-result";

/** Lighthouse's own score bands: 0–49 poor, 50–89 average, 90–100 good. */
export type ScoreBand = "good" | "average" | "poor";

export function scoreBand(score: number): ScoreBand {
  if (score >= 90) return "good";
  if (score >= 50) return "average";
  return "poor";
}

/** Lighthouse's gauge colours, so the report looks like the reports people already know. */
export const scoreBandColors: Record<ScoreBand, { arc: string; text: string }> = {
  good: { arc: "#0cce6b", text: "#047857" },
  average: { arc: "#ffa400", text: "#b45309" },
  poor: { arc: "#ff4e42", text: "#c81e1e" },
};

export const metricIds = ["lcp", "cls", "tbt", "fcp", "speedIndex", "ttfb"] as const;
export type MetricId = (typeof metricIds)[number];

export type MetricRating = "good" | "needsImprovement" | "poor";

interface MetricDefinition {
  field: keyof AnalysisResult["metrics"];
  /** At or below: good. */
  good: number;
  /** Above: poor; in between: needs improvement. */
  poor: number;
  unit: "ms" | "score";
}

/** Google's thresholds (web.dev) for the Core Web Vitals and the lab metrics Lighthouse reports. */
export const metricDefinitions: Record<MetricId, MetricDefinition> = {
  lcp: { field: "lcpMs", good: 2500, poor: 4000, unit: "ms" },
  cls: { field: "cls", good: 0.1, poor: 0.25, unit: "score" },
  tbt: { field: "tbtMs", good: 200, poor: 600, unit: "ms" },
  fcp: { field: "fcpMs", good: 1800, poor: 3000, unit: "ms" },
  speedIndex: { field: "speedIndexMs", good: 3400, poor: 5800, unit: "ms" },
  ttfb: { field: "ttfbMs", good: 800, poor: 1800, unit: "ms" },
};

export function metricRating(id: MetricId, value: number): MetricRating {
  const { good, poor } = metricDefinitions[id];
  if (value <= good) return "good";
  if (value <= poor) return "needsImprovement";
  return "poor";
}

/** The metric ratings share the score bands' colours (good/average/poor). */
export const ratingBand: Record<MetricRating, ScoreBand> = {
  good: "good",
  needsImprovement: "average",
  poor: "poor",
};
