import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

/** Out of retries (or refused): the page says the export failed, and the person may ask again. */
export async function markDataExportFailed(exportId: string): Promise<void> {
  await serviceDb().execute(sql`
    update public.data_exports set status = 'failed', finished_at = now()
    where id = ${exportId} and status in ('queued', 'building')`);
}
