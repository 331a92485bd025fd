import { describe, expect, it } from "vitest";
import { detectRegression } from "@/src/performance/measuring/detect-regression";

describe("detectRegression", () => {
  const median = { performance: 90, lcpMs: 2000 };

  it("flags a score 10 points or more below the 7-day median", () => {
    expect(detectRegression({ performance: 80, lcpMs: 2000 }, median)?.kinds).toEqual(["score"]);
    expect(detectRegression({ performance: 81, lcpMs: 2000 }, median)).toBeNull();
  });

  it("flags an LCP 25 % or more above the median", () => {
    expect(detectRegression({ performance: 90, lcpMs: 2500 }, median)?.kinds).toEqual(["lcp"]);
    expect(detectRegression({ performance: 90, lcpMs: 2499 }, median)).toBeNull();
  });

  it("names both when both got worse, with the figures compared", () => {
    expect(detectRegression({ performance: 70, lcpMs: 4000 }, median)).toEqual({
      kinds: ["score", "lcp"],
      baseline: median,
      current: { performance: 70, lcpMs: 4000 },
    });
  });

  it("decides nothing without a history or a measured value", () => {
    expect(detectRegression({ performance: 10, lcpMs: 9000 }, { performance: null, lcpMs: null })).toBeNull();
    expect(detectRegression({ performance: null, lcpMs: null }, median)).toBeNull();
  });
});
