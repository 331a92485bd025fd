import "server-only";
import { and, eq } from "drizzle-orm";
import { storageFiles } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Renames a file or moves it to a folder (`folderId` null: to the top); the object and its key never change.
 * False when no row changed: the file is not there, or row-level security leaves it to its uploader and the
 * organization's owners and admins.
 */
export async function updateFile(
  db: RequestDb,
  orgId: string,
  id: string,
  values: { name: string } | { folderId: string | null },
): Promise<boolean> {
  const updated = await db((tx) =>
    tx
      .update(storageFiles)
      .set(values)
      .where(and(eq(storageFiles.id, id), eq(storageFiles.orgId, orgId)))
      .returning({ id: storageFiles.id }),
  );
  return updated.length > 0;
}
