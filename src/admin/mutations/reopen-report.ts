import "server-only";
import { sql } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Reopens a client's finished (ready or failed) report of `period` (`YYYY-MM`) for the report job, as the
 * staff member under row-level security, so the audit log records who asked. Unknown is `not_found`; one
 * being generated right now is `conflict`.
 */
export async function reopenReport(db: RequestDb, orgId: string, period: string): Promise<{ reportId: string }> {
  return db(async (tx) => {
    const [report] = await tx.execute<{ id: string; status: string }>(sql`
      select id, status from public.reports where org_id = ${orgId} and period = ${`${period}-01`} for update`);
    if (!report) throw new AppError("not_found");
    if (report.status === "pending" || report.status === "generating") throw new AppError("conflict");
    await tx.execute(sql`update public.reports set status = 'pending' where id = ${report.id}`);
    return { reportId: report.id };
  });
}
