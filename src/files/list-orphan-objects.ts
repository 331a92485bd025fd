import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

export interface OrphanObject {
  name: string;
  sizeBytes: number;
}

/**
 * Objects of the client file store that no row references, older than `graceMinutes`. A member uploads the
 * object first and then records it (a storage_files row) or attaches it to a ticket message; an upload that
 * nothing came to reference (a closed tab, a failed request, or a client bypassing the app) only takes up the
 * organization's quota. What counts as a reference is the database's `private.object_is_referenced`, the one
 * list of every column that names objects.
 */
export async function listOrphanObjects(options: { graceMinutes: number; limit: number }): Promise<OrphanObject[]> {
  const rows = await serviceDb().execute<{ name: string; size_bytes: string | null }>(sql`
    select o.name, o.metadata ->> 'size' as size_bytes
    from storage.objects o
    where o.bucket_id = 'client-files'
      and o.created_at < now() - make_interval(mins => ${options.graceMinutes})
      and not private.object_is_referenced(o.bucket_id, o.name)
    order by o.created_at
    limit ${options.limit}`);
  return rows.map((row) => ({ name: row.name, sizeBytes: Number(row.size_bytes ?? 0) }));
}
