import "server-only";
import { asc, eq } from "drizzle-orm";
import type { CampaignPlatform } from "@/src/campaigns/campaign-platforms";
import { adAccounts } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ConnectedAdAccount {
  id: string;
  platform: CampaignPlatform;
  externalAccountId: string;
  displayName: string;
  credentialHint: string;
  status: "pending" | "active" | "error";
  lastSyncedAt: Date | null;
  lastError: string | null;
}

/**
 * An organization's connected ad accounts, as the reader may see them: row-level security shows them to the
 * organization's owners and admins and to staff (a plain member gets none), and no role can select the sealed
 * credential, so only its last four characters leave the database.
 */
export async function getAdAccounts(db: RequestDb, orgId: string): Promise<ConnectedAdAccount[]> {
  return db((tx) =>
    tx
      .select({
        id: adAccounts.id,
        platform: adAccounts.platform,
        externalAccountId: adAccounts.externalAccountId,
        displayName: adAccounts.displayName,
        credentialHint: adAccounts.credentialHint,
        status: adAccounts.status,
        lastSyncedAt: adAccounts.lastSyncedAt,
        lastError: adAccounts.lastError,
      })
      .from(adAccounts)
      .where(eq(adAccounts.orgId, orgId))
      .orderBy(asc(adAccounts.platform), asc(adAccounts.displayName)),
  );
}
