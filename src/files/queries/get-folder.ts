import "server-only";
import { sql } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import type { RequestDb } from "@/src/workspace/request-db";

export interface FolderCrumb {
  id: string;
  name: string;
}

export interface FolderDetail {
  id: string;
  name: string;
  parentId: string | null;
  createdBy: string | null;
  /** The folders above it, from the top of the file store down to its parent. */
  ancestors: FolderCrumb[];
}

type Row = { id: string; name: string; parent_id: string | null; created_by: string | null; depth: number };

/** Folders nest only so deep in practice; the walk stops here even if the data ever said otherwise. */
const MAX_DEPTH = 64;

/**
 * One folder of the organization with its path from the top, or null for an id that is malformed, unknown or
 * another organization's. Cached per request: the folder layout resolves it for the 404, the page reuses it.
 */
export const getFolder = cache(async (db: RequestDb, orgId: string, id: string): Promise<FolderDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      with recursive path (id, name, parent_id, created_by, depth) as (
        select f.id, f.name, f.parent_id, f.created_by, 0
        from public.storage_folders f where f.id = ${id} and f.org_id = ${orgId}
        union all
        select p.id, p.name, p.parent_id, p.created_by, path.depth + 1
        from public.storage_folders p join path on p.id = path.parent_id
        where p.org_id = ${orgId} and path.depth < ${MAX_DEPTH}
      )
      select id, name, parent_id, created_by, depth from path order by depth desc`),
  );
  const folder = rows.at(-1);
  if (!folder || folder.depth !== 0) return null;
  return {
    id: folder.id,
    name: folder.name,
    parentId: folder.parent_id,
    createdBy: folder.created_by,
    ancestors: rows.slice(0, -1).map((row) => ({ id: row.id, name: row.name })),
  };
});
