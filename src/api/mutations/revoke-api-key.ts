import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { apiKeys } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Revokes a live key of the organization; it stops working at once (requests look keys up on every call).
 * Revoked keys stay listed for the record. A key that is unknown, already revoked or not the caller's to
 * manage is `not_found` (row-level security shows members no keys).
 */
export async function revokeApiKey(db: RequestDb, orgId: string, keyId: string): Promise<void> {
  const rows = await db((tx) =>
    tx
      .update(apiKeys)
      .set({ revokedAt: sql`now()` })
      .where(and(eq(apiKeys.id, keyId), eq(apiKeys.orgId, orgId), isNull(apiKeys.revokedAt)))
      .returning({ id: apiKeys.id }),
  );
  if (rows.length === 0) throw new AppError("not_found");
}
