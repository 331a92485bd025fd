import { z } from "zod";

export const performanceRanges = [30, 90, 180] as const;
export type PerformanceRange = (typeof performanceRanges)[number];

/**
 * `?range=30|90|180` (days of history) and `?url=` (which measured page). Unknown values fall back to the
 * defaults instead of failing: an unknown URL is replaced by the most measured one once the list is known.
 */
const performanceSearchParams = z.object({
  range: z
    .enum(["30", "90", "180"])
    .catch("30")
    .transform((value) => Number(value) as PerformanceRange),
  url: z.string().min(1).max(2048).optional().catch(undefined),
});

export function parsePerformanceSearchParams(params: Record<string, string | string[] | undefined>) {
  return performanceSearchParams.parse(params);
}

/** The requested page when it is one of the measured ones, else the most measured (the list's first). */
export function chooseMeasuredUrl(measured: Array<{ url: string }>, requested: string | undefined): string | null {
  if (requested !== undefined && measured.some((m) => m.url === requested)) return requested;
  return measured[0]?.url ?? null;
}
