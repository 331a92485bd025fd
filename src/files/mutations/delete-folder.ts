import "server-only";
import { and, eq } from "drizzle-orm";
import { storageFolders } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Deletes a folder and, by the schema's cascade, its subfolders; the files in them move to the top of the file
 * store (their folder reference is cleared), so no byte is lost. False when no row went: the folder is not
 * there, or the user is not an owner or admin.
 */
export async function deleteFolder(db: RequestDb, orgId: string, id: string): Promise<boolean> {
  const deleted = await db((tx) =>
    tx
      .delete(storageFolders)
      .where(and(eq(storageFolders.id, id), eq(storageFolders.orgId, orgId)))
      .returning({ id: storageFolders.id }),
  );
  return deleted.length > 0;
}
