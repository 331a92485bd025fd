import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * The bytes the organization stores, as the quota counts them (every object in its folder of the file store,
 * recorded or not), from public.organization_usage: the same figure the database compares with the limit.
 */
export async function getStorageUsage(db: RequestDb, orgId: string): Promise<number> {
  const [row] = await db((tx) =>
    tx.execute<{ usage: string }>(
      sql`select usage::text from public.organization_usage(${orgId}) where limit_key = 'storage_bytes'`,
    ),
  );
  return Number(row?.usage ?? 0);
}
