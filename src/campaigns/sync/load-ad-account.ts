import "server-only";
import { sql } from "drizzle-orm";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import { serviceDb } from "@/src/db/service-client";

export interface AdAccountToSync {
  id: string;
  orgId: string;
  platform: CampaignPlatform;
  externalAccountId: string;
  loginCustomerId: string | null;
  credentialSealed: string;
  credentialKeyId: string;
  /** Whether the organization's plan (today) includes the account's platform. */
  planAllows: boolean;
}

/** An ad account with its sealed credential, as the sync needs it; null when it was disconnected meanwhile. */
export async function loadAdAccount(id: string): Promise<AdAccountToSync | null> {
  const [row] = await serviceDb().execute<{
    id: string;
    org_id: string;
    platform: CampaignPlatform;
    external_account_id: string;
    login_customer_id: string | null;
    credential_sealed: string;
    credential_key_id: string;
    plan_allows: boolean | null;
  }>(sql`
    select a.id, a.org_id, a.platform, a.external_account_id, a.login_customer_id, a.credential_sealed,
      a.credential_key_id, (p.features -> 'campaign_platforms') ? a.platform as plan_allows
    from public.ad_accounts a
      join public.organizations o on o.id = a.org_id
      join public.plans p on p.key = o.tier
    where a.id = ${id}`);
  if (!row) return null;
  return {
    id: row.id,
    orgId: row.org_id,
    platform: row.platform,
    externalAccountId: row.external_account_id,
    loginCustomerId: row.login_customer_id,
    credentialSealed: row.credential_sealed,
    credentialKeyId: row.credential_key_id,
    planAllows: row.plan_allows === true,
  };
}
