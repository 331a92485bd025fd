import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { removeStorageObjects } from "@/src/files/remove-storage-objects";
import { dataExportsBucket } from "./data-exports-bucket";

/** An export still building after this long died with its job (a crashed worker, a lost event). */
const STALE_HOURS = 24;

/**
 * Removes the zips of exports past their 7 days and marks them expired (the row stays, as the record of what
 * was exported and when); exports stuck in the queue or building for a day are marked failed, so the person
 * may ask again. Twice in a row changes nothing more.
 */
export async function expireDataExports(now: Date, limit = 500): Promise<{ expired: number; failed: number }> {
  const due = await serviceDb().execute<{ id: string; object_name: string }>(sql`
    select id, object_name from public.data_exports
    where status = 'ready' and expires_at <= ${now.toISOString()}
    order by expires_at limit ${limit}`);
  if (due.length > 0) {
    await removeStorageObjects(
      dataExportsBucket,
      due.map((row) => row.object_name),
    );
    await serviceDb().execute(sql`
      update public.data_exports set status = 'expired', object_name = null
      where id = any (${`{${due.map((row) => row.id).join(",")}}`}::uuid[]) and status = 'ready'`);
  }
  const failed = await serviceDb().execute(sql`
    update public.data_exports set status = 'failed', finished_at = ${now.toISOString()}
    where status in ('queued', 'building')
      and created_at < ${now.toISOString()}::timestamptz - make_interval(hours => ${STALE_HOURS})
    returning id`);
  return { expired: due.length, failed: failed.length };
}
