import "server-only";
import { sql } from "drizzle-orm";
import { isCampaignPlatform, type CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import type { RequestDb } from "@/src/workspace/request-db";

/** The ad platforms an organization's plan includes (`plans.features.campaign_platforms`), in the pages' order. */
export async function getPlanPlatforms(db: RequestDb, orgId: string): Promise<CampaignPlatform[]> {
  const [row] = await db((tx) =>
    tx.execute<{ platforms: string[] | null }>(sql`
      select p.features -> 'campaign_platforms' as platforms
      from public.organizations o join public.plans p on p.key = o.tier where o.id = ${orgId}`),
  );
  return (row?.platforms ?? []).filter(isCampaignPlatform).sort();
}
