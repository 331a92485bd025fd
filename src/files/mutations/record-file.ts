import "server-only";
import { storageFiles } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Records an uploaded object in the file store as the request's user. The database fills in the size and type
 * from the object Storage holds (never from the request) and refuses a name outside the organization's folder,
 * an object that was never uploaded (`storage_object_missing`) and one already recorded.
 */
export async function recordFile(
  db: RequestDb,
  orgId: string,
  values: { objectName: string; name: string; folderId: string | null },
): Promise<{ id: string; sizeBytes: number }> {
  const [created] = await db((tx) =>
    tx
      .insert(storageFiles)
      // The size is the object's (set by a trigger); 0 only satisfies the column until then.
      .values({ orgId, objectName: values.objectName, name: values.name, folderId: values.folderId, sizeBytes: 0 })
      .returning({ id: storageFiles.id, sizeBytes: storageFiles.sizeBytes }),
  );
  if (!created) throw new Error("insert into storage_files returned no row");
  return created;
}
