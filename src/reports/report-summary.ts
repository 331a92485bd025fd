import { z } from "zod";

/** A figure of the summary: a number, or absent. A malformed value is dropped, not allowed to break the page. */
const figure = z
  .preprocess((value) => (typeof value === "string" && value.trim() !== "" ? Number(value) : value), z.number())
  .optional()
  .catch(undefined);

/**
 * What the monthly report job writes in `reports.summary` (see supabase/seed.sql): each figure is optional, since
 * a month without campaigns or Lighthouse runs leaves those keys out.
 */
export const reportSummarySchema = z.object({
  requests: figure,
  bandwidth_bytes: figure,
  performance_score: figure,
  lcp_ms: figure,
  incidents: figure,
  downtime_minutes: figure,
  /** 0–100, not a fraction. */
  uptime_percent: figure,
  tickets_opened: figure,
  tickets_resolved: figure,
  deliveries: figure,
  ad_cost: figure,
  ad_revenue: figure,
  ad_conversions: figure,
  roas: figure,
  currency: z.string().length(3).optional().catch(undefined),
});

export type ReportSummary = z.infer<typeof reportSummarySchema>;
export type ReportFigureKey = Exclude<keyof ReportSummary, "currency">;

export function parseReportSummary(raw: unknown): ReportSummary {
  const parsed = reportSummarySchema.safeParse(raw ?? {});
  return parsed.success ? parsed.data : {};
}
