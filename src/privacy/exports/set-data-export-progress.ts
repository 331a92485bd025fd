import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

/** The page's progress bar: a percentage, only ever moving forward while the export is building. */
export async function setDataExportProgress(exportId: string, percent: number): Promise<void> {
  const value = Math.max(0, Math.min(99, Math.round(percent)));
  await serviceDb().execute(sql`
    update public.data_exports set progress = greatest(progress, ${value})
    where id = ${exportId} and status = 'building'`);
}
