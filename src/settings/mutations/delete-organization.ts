import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Deletes the organization through `public.delete_organization`, which allows it to an owner alone
 * (`forbidden`), only with the slug typed exactly (`invalid_input`) and only once no subscription bills
 * (`subscription_active`). Everything the organization owns goes with it.
 */
export async function deleteOrganization(db: RequestDb, orgId: string, confirmation: string): Promise<void> {
  await db((tx) => tx.execute(sql`select public.delete_organization(${orgId}::uuid, ${confirmation}::text)`));
}
