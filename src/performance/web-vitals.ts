export const vitalIds = ["lcp", "inp", "cls", "fcp", "ttfb"] as const;
export type VitalId = (typeof vitalIds)[number];
export type VitalValues = Record<VitalId, number | null>;

export const scoreIds = ["performance", "accessibility", "bestPractices", "seo"] as const;
export type ScoreId = (typeof scoreIds)[number];
export type ScoreValues = Record<ScoreId, number | null>;

export type Rating = "good" | "needsImprovement" | "poor";

/**
 * Google's thresholds (web.dev): at or below `good` is good, above `poor` is poor, in between needs
 * improvement. Durations in milliseconds; CLS has no unit.
 */
export const vitalThresholds: Record<VitalId, { good: number; poor: number; unit: "ms" | "none" }> = {
  lcp: { good: 2500, poor: 4000, unit: "ms" },
  inp: { good: 200, poor: 500, unit: "ms" },
  cls: { good: 0.1, poor: 0.25, unit: "none" },
  fcp: { good: 1800, poor: 3000, unit: "ms" },
  ttfb: { good: 800, poor: 1800, unit: "ms" },
};

export function rateVital(id: VitalId, value: number): Rating {
  const { good, poor } = vitalThresholds[id];
  if (value <= good) return "good";
  if (value <= poor) return "needsImprovement";
  return "poor";
}

/** Lighthouse's score bands: 0–49 poor, 50–89 needs improvement, 90–100 good. */
export function rateScore(score: number): Rating {
  if (score >= 90) return "good";
  if (score >= 50) return "needsImprovement";
  return "poor";
}

export const ratingTone = { good: "success", needsImprovement: "warning", poor: "danger" } as const;
