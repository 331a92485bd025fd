import "server-only";
import { asc, eq } from "drizzle-orm";
import { adAccounts } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/** The connected ad accounts to sync: every organization's, or one organization's (a sync asked for from its page). */
export async function listAdAccountsToSync(orgId?: string): Promise<{ id: string; orgId: string }[]> {
  return serviceDb()
    .select({ id: adAccounts.id, orgId: adAccounts.orgId })
    .from(adAccounts)
    .where(orgId ? eq(adAccounts.orgId, orgId) : undefined)
    .orderBy(asc(adAccounts.orgId), asc(adAccounts.id));
}
