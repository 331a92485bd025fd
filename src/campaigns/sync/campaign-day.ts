import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";

/** One campaign's results for one day, as a platform reports them, in the account's currency. */
export interface CampaignDay {
  /** The platform's campaign id. */
  externalId: string;
  name: string;
  status: "active" | "paused" | "ended";
  objective: string | null;
  dailyBudget: number | null;
  currency: string;
  day: string;
  impressions: number;
  clicks: number;
  conversions: number;
  cost: number;
  revenue: number;
}

/** Reads an ad account's campaigns and daily results between two dates (inclusive, `YYYY-MM-DD`). */
export interface AdPlatformSource {
  readonly platform: CampaignPlatform;
  campaignDays(since: string, until: string): Promise<CampaignDay[]>;
}
