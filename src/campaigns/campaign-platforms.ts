/** The ad platforms Arco mirrors campaigns from (`campaigns.platform`), in the order pages list them. */
export const campaignPlatforms = ["google_ads", "meta_ads"] as const;
export type CampaignPlatform = (typeof campaignPlatforms)[number];

export const isCampaignPlatform = (value: string): value is CampaignPlatform =>
  (campaignPlatforms as readonly string[]).includes(value);
