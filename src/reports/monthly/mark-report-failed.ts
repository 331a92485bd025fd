import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

/**
 * Marks the organization's report of `period` (`YYYY-MM`) failed once its run has given up, so the dashboard
 * says so instead of showing it as being prepared forever; a report already ready stays ready.
 */
export async function markReportFailed(orgId: string, period: string): Promise<void> {
  await serviceDb().execute(sql`
    update public.reports set status = 'failed'
    where org_id = ${orgId} and period = ${`${period}-01`} and status <> 'ready'`);
}
