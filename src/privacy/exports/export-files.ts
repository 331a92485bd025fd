import "server-only";
import { sql } from "drizzle-orm";
import type { ExportReader } from "./read-export-rows";

export interface ExportFile {
  bucket: "client-files" | "report-pdfs";
  objectName: string;
}

/**
 * The stored files an export carries, listed from rows the requester can read (so RLS decides which objects
 * are theirs to have): an organization's file store, ticket attachments and report PDFs; for a person, the
 * files they uploaded and attached.
 */
export async function listExportFiles(
  read: ExportReader,
  subject: { scope: "organization"; orgId: string } | { scope: "account"; userId: string },
): Promise<ExportFile[]> {
  const rows = await read((tx) =>
    subject.scope === "organization"
      ? tx.execute<{ bucket: ExportFile["bucket"]; object_name: string }>(sql`
          select 'client-files' as bucket, object_name from public.storage_files where org_id = ${subject.orgId}::uuid
          union
          select 'client-files', a ->> 'object_name' from public.ticket_messages m, jsonb_array_elements(m.attachments) a
            where m.org_id = ${subject.orgId}::uuid
          union
          select 'report-pdfs', object_name from public.reports
            where org_id = ${subject.orgId}::uuid and object_name is not null
          order by 1, 2`)
      : tx.execute<{ bucket: ExportFile["bucket"]; object_name: string }>(sql`
          select 'client-files' as bucket, object_name from public.storage_files where uploaded_by = ${subject.userId}::uuid
          union
          select 'client-files', a ->> 'object_name' from public.ticket_messages m, jsonb_array_elements(m.attachments) a
            where m.author_id = ${subject.userId}::uuid
          order by 1, 2`),
  );
  return rows.map((row) => ({ bucket: row.bucket, objectName: row.object_name }));
}
