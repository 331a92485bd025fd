import "server-only";
import { storageFolders } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Creates a folder as the request's user (its creator, who may then rename and move it). The database refuses
 * a parent of another organization (the composite foreign key) and anyone who is not a member.
 */
export async function createFolder(
  db: RequestDb,
  orgId: string,
  values: { name: string; parentId: string | null },
): Promise<{ id: string }> {
  const [created] = await db((tx) =>
    tx
      .insert(storageFolders)
      .values({ orgId, name: values.name, parentId: values.parentId })
      .returning({ id: storageFolders.id }),
  );
  if (!created) throw new Error("insert into storage_folders returned no row");
  return created;
}
