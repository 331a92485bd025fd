import { z } from "zod";
import type { performanceMetrics } from "@/src/db/schema";
import { isoDate } from "../pagination";

const score = z.number().int().nullable();

export const performanceMetricResource = z
  .object({
    id: z.uuid(),
    project_id: z.uuid().nullable(),
    url: z.string(),
    measured_at: z.iso.datetime(),
    lcp_ms: z.number().int().nullable(),
    inp_ms: z.number().int().nullable(),
    cls: z.string().nullable().describe("Cumulative Layout Shift, as a decimal string."),
    fcp_ms: z.number().int().nullable(),
    ttfb_ms: z.number().int().nullable(),
    performance_score: score,
    accessibility_score: score,
    best_practices_score: score,
    seo_score: score,
    grade: z.enum(["A", "B", "C", "D", "E", "F"]).nullable(),
    source: z.enum(["lighthouse", "crux", "analyzer"]),
  })
  .meta({ id: "PerformanceMetric" });

export function toPerformanceMetricResource(
  row: typeof performanceMetrics.$inferSelect,
): z.output<typeof performanceMetricResource> {
  return {
    id: row.id,
    project_id: row.projectId,
    url: row.url,
    measured_at: isoDate(row.measuredAt)!,
    lcp_ms: row.lcpMs,
    inp_ms: row.inpMs,
    cls: row.cls,
    fcp_ms: row.fcpMs,
    ttfb_ms: row.ttfbMs,
    performance_score: row.performanceScore,
    accessibility_score: row.accessibilityScore,
    best_practices_score: row.bestPracticesScore,
    seo_score: row.seoScore,
    grade: row.grade,
    source: row.source,
  };
}
