import "server-only";
import { eq } from "drizzle-orm";
import { adAccounts, trafficSources } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

const tables = { "ad-account": adAccounts, "traffic-source": trafficSources };

/**
 * Writes how a connection's sync went, for the pages that show it: `active` with the time of the last good
 * sync, or `error` with the reason (the last good sync time is kept).
 */
export async function recordConnectionSync(
  kind: keyof typeof tables,
  id: string,
  result: { ok: true; at: Date } | { ok: false; error: string },
): Promise<void> {
  const table = tables[kind];
  await serviceDb()
    .update(table)
    .set(
      result.ok
        ? { status: "active", lastSyncedAt: result.at, lastError: null }
        : { status: "error", lastError: result.error.slice(0, 500) },
    )
    .where(eq(table.id, id));
}
