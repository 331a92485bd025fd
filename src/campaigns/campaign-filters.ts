import { z } from "zod";
import { campaignPlatforms } from "./campaign-platforms";

export const campaignRanges = [7, 30, 90] as const;
export type CampaignRange = (typeof campaignRanges)[number];

/**
 * `?range=7|30|90` (days, default 30) and `?platform=`. Anything else falls back to the default instead of
 * failing the page: a hand-edited URL still shows results.
 */
export const campaignFiltersSchema = z.object({
  range: z
    .enum(["7", "30", "90"])
    .default("30")
    .catch("30")
    .transform((days) => Number(days) as CampaignRange),
  platform: z.enum(campaignPlatforms).optional().catch(undefined),
});

export type CampaignFilters = z.infer<typeof campaignFiltersSchema>;
