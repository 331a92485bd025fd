import "server-only";
import { and, eq } from "drizzle-orm";
import { storageFiles } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Deletes a file's row, once its object is gone: the database refuses the row of an object still stored
 * (`storage_object_present`), whose bytes would otherwise keep counting with nothing left to show them.
 */
export async function deleteFileRecord(db: RequestDb, orgId: string, id: string): Promise<boolean> {
  const deleted = await db((tx) =>
    tx
      .delete(storageFiles)
      .where(and(eq(storageFiles.id, id), eq(storageFiles.orgId, orgId)))
      .returning({ id: storageFiles.id }),
  );
  return deleted.length > 0;
}
