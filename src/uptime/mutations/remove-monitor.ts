import "server-only";
import { and, eq } from "drizzle-orm";
import { monitors } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/** Removes a monitor as the request's user (its checks and incidents stay); false when none was visible to remove. */
export async function removeMonitor(db: RequestDb, orgId: string, id: string): Promise<boolean> {
  const removed = await db((tx) =>
    tx
      .delete(monitors)
      .where(and(eq(monitors.id, id), eq(monitors.orgId, orgId)))
      .returning({ id: monitors.id }),
  );
  return removed.length > 0;
}
