import "server-only";
import { and, eq } from "drizzle-orm";
import { storageFolders } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Renames or moves a folder (`parentId` null: to the top). False when no row changed: the folder is not there,
 * or row-level security leaves it to its creator and the organization's owners and admins. The database refuses
 * a move inside itself (`folder_cycle`).
 */
export async function updateFolder(
  db: RequestDb,
  orgId: string,
  id: string,
  values: { name: string } | { parentId: string | null },
): Promise<boolean> {
  const updated = await db((tx) =>
    tx
      .update(storageFolders)
      .set(values)
      .where(and(eq(storageFolders.id, id), eq(storageFolders.orgId, orgId)))
      .returning({ id: storageFolders.id }),
  );
  return updated.length > 0;
}
