import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

export interface OrphanObject {
  name: string;
  sizeBytes: number;
}

/**
 * Objects of the client file store that no `storage_files` row records, older than `graceMinutes`. A member
 * uploads the object first and records it right after; an upload whose row never came (a closed tab, a
 * failed request, or a client bypassing the app) holds bytes the storage quota does not count.
 */
export async function listOrphanObjects(options: { graceMinutes: number; limit: number }): Promise<OrphanObject[]> {
  const rows = await serviceDb().execute<{ name: string; size_bytes: string | null }>(sql`
    select o.name, o.metadata ->> 'size' as size_bytes
    from storage.objects o
    where o.bucket_id = 'client-files'
      and o.created_at < now() - make_interval(mins => ${options.graceMinutes})
      and not exists (
        select 1 from public.storage_files f where f.bucket_id = o.bucket_id and f.object_name = o.name
      )
    order by o.created_at
    limit ${options.limit}`);
  return rows.map((row) => ({ name: row.name, sizeBytes: Number(row.size_bytes ?? 0) }));
}
