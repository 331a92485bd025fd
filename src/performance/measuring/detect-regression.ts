/** A score this many points below the 7-day median is a regression. */
export const SCORE_DROP_POINTS = 10;
/** An LCP this much above the 7-day median (as a fraction) is a regression. */
export const LCP_RISE_FRACTION = 0.25;

export interface Measured {
  performance: number | null;
  lcpMs: number | null;
}

export interface Regression {
  /** What got worse: the performance score dropped, the LCP rose, or both. */
  kinds: ("score" | "lcp")[];
  baseline: Measured;
  current: Measured;
}

/**
 * Whether a run regressed against the domain's 7-day median: the performance score down by 10 points or
 * more, or the LCP up by 25 % or more. A metric missing on either side decides nothing.
 */
export function detectRegression(current: Measured, baseline: Measured): Regression | null {
  const kinds: Regression["kinds"] = [];
  if (
    current.performance !== null &&
    baseline.performance !== null &&
    baseline.performance - current.performance >= SCORE_DROP_POINTS
  ) {
    kinds.push("score");
  }
  if (
    current.lcpMs !== null &&
    baseline.lcpMs !== null &&
    baseline.lcpMs > 0 &&
    current.lcpMs >= baseline.lcpMs * (1 + LCP_RISE_FRACTION)
  ) {
    kinds.push("lcp");
  }
  return kinds.length > 0 ? { kinds, baseline, current } : null;
}
