import "server-only";
import { asc, eq } from "drizzle-orm";
import { storageFolders } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface FolderOption {
  id: string;
  name: string;
  parentId: string | null;
}

/** Every folder of the organization, for the "Move to" choices (the dialog builds the tree from parentId). */
export async function getFolderOptions(db: RequestDb, orgId: string): Promise<FolderOption[]> {
  return db((tx) =>
    tx
      .select({ id: storageFolders.id, name: storageFolders.name, parentId: storageFolders.parentId })
      .from(storageFolders)
      .where(eq(storageFolders.orgId, orgId))
      .orderBy(asc(storageFolders.name)),
  );
}
