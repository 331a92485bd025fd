import "server-only";
import { and, eq } from "drizzle-orm";
import { adAccounts, trafficSources } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

const tables = { "ad-account": adAccounts, "traffic-source": trafficSources };

/**
 * Disconnects an ad account or removes a traffic source (the sealed credential goes with the row; what was
 * synced stays). Returns false when nothing was removed: not the organization's, or not visible to the caller.
 */
export async function removeConnection(
  db: RequestDb,
  kind: keyof typeof tables,
  input: { orgId: string; id: string },
): Promise<boolean> {
  const table = tables[kind];
  const removed = await db((tx) =>
    tx
      .delete(table)
      .where(and(eq(table.id, input.id), eq(table.orgId, input.orgId)))
      .returning({ id: table.id }),
  );
  return removed.length > 0;
}
