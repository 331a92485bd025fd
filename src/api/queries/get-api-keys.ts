import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import { apiKeys, profiles } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export type ApiKeyState = "active" | "expired" | "revoked";

export interface ApiKeySummary {
  id: string;
  name: string;
  prefix: string;
  scopes: string[];
  createdByName: string | null;
  createdAt: Date;
  lastUsedAt: Date | null;
  expiresAt: Date | null;
  revokedAt: Date | null;
  state: ApiKeyState;
}

/** The organization's keys, newest first, for its owners and admins (row-level security shows members none). */
export async function getApiKeys(db: RequestDb, orgId: string): Promise<ApiKeySummary[]> {
  return db((tx) =>
    tx
      .select({
        id: apiKeys.id,
        name: apiKeys.name,
        prefix: apiKeys.prefix,
        scopes: apiKeys.scopes,
        createdByName: profiles.fullName,
        createdAt: apiKeys.createdAt,
        lastUsedAt: apiKeys.lastUsedAt,
        expiresAt: apiKeys.expiresAt,
        revokedAt: apiKeys.revokedAt,
        state: sql<ApiKeyState>`case when ${apiKeys.revokedAt} is not null then 'revoked'
          when ${apiKeys.expiresAt} <= now() then 'expired' else 'active' end`,
      })
      .from(apiKeys)
      .leftJoin(profiles, eq(profiles.id, apiKeys.createdBy))
      .where(eq(apiKeys.orgId, orgId))
      .orderBy(desc(apiKeys.createdAt)),
  );
}
