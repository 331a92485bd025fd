import "server-only";
import { asc, eq } from "drizzle-orm";
import { trafficSources } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ConnectedTrafficSource {
  id: string;
  provider: "cloudflare" | "vercel";
  externalId: string;
  displayName: string;
  credentialHint: string;
  status: "pending" | "active" | "error";
  lastSyncedAt: Date | null;
  lastError: string | null;
}

/** An organization's traffic sources, without their sealed tokens (no role may select them). */
export async function getTrafficSources(db: RequestDb, orgId: string): Promise<ConnectedTrafficSource[]> {
  return db((tx) =>
    tx
      .select({
        id: trafficSources.id,
        provider: trafficSources.provider,
        externalId: trafficSources.externalId,
        displayName: trafficSources.displayName,
        credentialHint: trafficSources.credentialHint,
        status: trafficSources.status,
        lastSyncedAt: trafficSources.lastSyncedAt,
        lastError: trafficSources.lastError,
      })
      .from(trafficSources)
      .where(eq(trafficSources.orgId, orgId))
      .orderBy(asc(trafficSources.displayName)),
  );
}
