import "server-only";
import { and, eq } from "drizzle-orm";
import { storageFiles } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { clientFilesBucket } from "../client-files";

/** Whether a storage_files row already names this object (so its bytes must stay). */
export async function isObjectRecorded(db: RequestDb, objectName: string): Promise<boolean> {
  const [row] = await db((tx) =>
    tx
      .select({ id: storageFiles.id })
      .from(storageFiles)
      .where(and(eq(storageFiles.bucketId, clientFilesBucket), eq(storageFiles.objectName, objectName)))
      .limit(1),
  );
  return row !== undefined;
}
