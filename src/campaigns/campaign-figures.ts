/** What a set of daily campaign rows adds up to. */
export interface CampaignSums {
  spend: number;
  impressions: number;
  clicks: number;
  conversions: number;
  revenue: number;
}

/** The sums and the ratios derived from them; a ratio over a zero base is null ("—"), never 0 or Infinity. */
export interface CampaignFigures extends CampaignSums {
  ctr: number | null;
  cpc: number | null;
  cpa: number | null;
  roas: number | null;
}

const ratio = (part: number, base: number) => (base > 0 ? part / base : null);

/**
 * Ratios from the period's sums — the average of daily CTRs would weigh a 10-impression day like a
 * 10,000-impression one, which is not what the platforms report.
 */
export function withRatios(sums: CampaignSums): CampaignFigures {
  return {
    ...sums,
    ctr: ratio(sums.clicks, sums.impressions),
    cpc: ratio(sums.spend, sums.clicks),
    cpa: ratio(sums.spend, sums.conversions),
    roas: ratio(sums.revenue, sums.spend),
  };
}

/** Sums as they come out of jsonb (numbers, or strings for large numerics), as numbers. */
export function toSums(raw: Record<keyof CampaignSums, number | string | null | undefined>): CampaignSums {
  return {
    spend: Number(raw.spend ?? 0),
    impressions: Number(raw.impressions ?? 0),
    clicks: Number(raw.clicks ?? 0),
    conversions: Number(raw.conversions ?? 0),
    revenue: Number(raw.revenue ?? 0),
  };
}
