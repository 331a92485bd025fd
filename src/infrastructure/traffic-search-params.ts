import { z } from "zod";

export const trafficRanges = [7, 30, 90] as const;
export type TrafficRange = (typeof trafficRanges)[number];

/**
 * `?range=7|30|90` (days of traffic). Anything else — missing, repeated, hand-edited — falls back to 30 days
 * rather than failing the page: the range is a view preference, not input worth an error.
 */
const trafficSearchParams = z.object({
  range: z
    .enum(["7", "30", "90"])
    .catch("30")
    .transform((value) => Number(value) as TrafficRange),
});

export function parseTrafficSearchParams(params: Record<string, string | string[] | undefined>) {
  return trafficSearchParams.parse(params);
}
