import { describe, expect, it } from "vitest";
import { metricIds, metricRating, scoreBand, type MetricId } from "../../../src/components/analyzer/score-bands";

describe("scoreBand", () => {
  it("uses Lighthouse's bands: 0–49 poor, 50–89 average, 90–100 good", () => {
    expect([0, 49, 50, 89, 90, 100].map(scoreBand)).toEqual(["poor", "poor", "average", "average", "good", "good"]);
  });
});

describe("metricRating", () => {
  // Google's thresholds: good up to the first value, poor above the second.
  const thresholds: Record<MetricId, [number, number]> = {
    lcp: [2500, 4000],
    cls: [0.1, 0.25],
    tbt: [200, 600],
    fcp: [1800, 3000],
    speedIndex: [3400, 5800],
    ttfb: [800, 1800],
  };

  it("covers every metric the report shows", () => {
    expect(Object.keys(thresholds).sort()).toEqual([...metricIds].sort());
  });

  for (const id of metricIds) {
    const [good, poor] = thresholds[id];
    const step = id === "cls" ? 0.001 : 1;
    it(`rates ${id} by ${good} / ${poor}`, () => {
      expect(metricRating(id, 0)).toBe("good");
      expect(metricRating(id, good)).toBe("good");
      expect(metricRating(id, good + step)).toBe("needsImprovement");
      expect(metricRating(id, poor)).toBe("needsImprovement");
      expect(metricRating(id, poor + step)).toBe("poor");
    });
  }
});
