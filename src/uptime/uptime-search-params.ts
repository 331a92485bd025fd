import { z } from "zod";

export const responseRanges = [7, 30, 90] as const;
export type ResponseRange = (typeof responseRanges)[number];

/** `?range=7|30|90` (days of response times); anything else falls back to 30 days instead of failing. */
const uptimeSearchParams = z.object({
  range: z
    .enum(["7", "30", "90"])
    .catch("30")
    .transform((value) => Number(value) as ResponseRange),
});

export function parseUptimeSearchParams(params: Record<string, string | string[] | undefined>) {
  return uptimeSearchParams.parse(params);
}
