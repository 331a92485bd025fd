import "server-only";
import { randomUUID } from "node:crypto";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import { sealCredential } from "../connection-credential";

/**
 * Connects an ad account with its credential sealed to the new row (its id is chosen here, as it is part of
 * the sealing context). Row-level security lets only staff insert; the database refuses a platform the
 * client's plan lacks (`tier_limit_exceeded:campaign_platform`) and an account connected twice.
 */
export async function connectAdAccount(
  db: RequestDb,
  input: {
    orgId: string;
    platform: CampaignPlatform;
    externalAccountId: string;
    loginCustomerId?: string;
    displayName: string;
    token: string;
  },
): Promise<{ id: string }> {
  const id = randomUUID();
  const sealed = await sealCredential("ad-account", input.orgId, id, input.token);
  // Only the columns staff may write: Drizzle's insert would name the others too (as `default`), which the
  // column grants refuse.
  await db((tx) =>
    tx.execute(sql`
      insert into public.ad_accounts (id, org_id, platform, external_account_id, login_customer_id, display_name,
        credential_sealed, credential_key_id, credential_hint)
      values (${id}, ${input.orgId}, ${input.platform}, ${input.externalAccountId}, ${input.loginCustomerId ?? null},
        ${input.displayName}, ${sealed.credentialSealed}, ${sealed.credentialKeyId}, ${sealed.credentialHint})`),
  );
  return { id };
}
