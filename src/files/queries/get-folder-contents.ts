import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { FileSort } from "../file-links";

export interface FolderEntry {
  id: string;
  name: string;
  createdBy: string | null;
  /** The creator's name when they are (still) a teammate the reader can see. */
  creatorName: string | null;
  createdAt: string;
  /** Subfolders and files directly inside. */
  itemCount: number;
}

export interface FileEntry {
  id: string;
  name: string;
  mimeType: string | null;
  sizeBytes: number;
  uploadedBy: string | null;
  /** The uploader's name when they are (still) a teammate the reader can see. */
  uploaderName: string | null;
  createdAt: string;
}

export interface FolderContents {
  folders: FolderEntry[];
  files: FileEntry[];
}

type Row = {
  folders: FolderEntry[];
  files: Array<Omit<FileEntry, "sizeBytes"> & { sizeBytes: string }>;
};

const fileOrder = {
  name: sql`lower(s.name), s.name, s.id`,
  newest: sql`s.created_at desc, s.id`,
  largest: sql`s.size_bytes desc, lower(s.name), s.id`,
} satisfies Record<FileSort, unknown>;

/**
 * What one folder holds (`folderId` null: the top of the file store): its subfolders by name, with how many
 * items each holds and who made it, then its files in `sort` order with their uploader's name, in one statement.
 */
export async function getFolderContents(
  db: RequestDb,
  orgId: string,
  folderId: string | null,
  sort: FileSort = "name",
): Promise<FolderContents> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      select
        coalesce((
          select jsonb_agg(jsonb_build_object('id', f.id, 'name', f.name, 'createdBy', f.created_by,
              'creatorName', cp.full_name, 'createdAt', f.created_at,
              'itemCount', (select count(*) from public.storage_folders c where c.parent_id = f.id and c.org_id = f.org_id)
                + (select count(*) from public.storage_files x where x.folder_id = f.id and x.org_id = f.org_id))
            order by lower(f.name), f.name, f.id)
          from public.storage_folders f
          left join public.profiles cp on cp.id = f.created_by
          where f.org_id = ${orgId}
            and (case when ${folderId}::uuid is null then f.parent_id is null else f.parent_id = ${folderId}::uuid end)),
          '[]'::jsonb) as folders,
        coalesce((
          select jsonb_agg(jsonb_build_object('id', s.id, 'name', s.name, 'mimeType', s.mime_type,
              'sizeBytes', s.size_bytes::text, 'uploadedBy', s.uploaded_by, 'uploaderName', p.full_name,
              'createdAt', s.created_at)
            order by ${fileOrder[sort]})
          from public.storage_files s
          left join public.profiles p on p.id = s.uploaded_by
          where s.org_id = ${orgId}
            and (case when ${folderId}::uuid is null then s.folder_id is null else s.folder_id = ${folderId}::uuid end)),
          '[]'::jsonb) as files`),
  );
  return {
    folders: row?.folders ?? [],
    files: (row?.files ?? []).map((file) => ({ ...file, sizeBytes: Number(file.sizeBytes) })),
  };
}
