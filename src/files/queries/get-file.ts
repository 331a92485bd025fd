import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { storageFiles } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface FileRecord {
  id: string;
  name: string;
  folderId: string | null;
  objectName: string;
  bucketId: string;
  mimeType: string | null;
  sizeBytes: number;
  uploadedBy: string | null;
}

/** One file of the organization, or null for an id that is malformed, unknown or another organization's. */
export const getFile = cache(async (db: RequestDb, orgId: string, id: string): Promise<FileRecord | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db((tx) =>
    tx
      .select({
        id: storageFiles.id,
        name: storageFiles.name,
        folderId: storageFiles.folderId,
        objectName: storageFiles.objectName,
        bucketId: storageFiles.bucketId,
        mimeType: storageFiles.mimeType,
        sizeBytes: storageFiles.sizeBytes,
        uploadedBy: storageFiles.uploadedBy,
      })
      .from(storageFiles)
      .where(and(eq(storageFiles.id, id), eq(storageFiles.orgId, orgId)))
      .limit(1),
  );
  return row ?? null;
});
