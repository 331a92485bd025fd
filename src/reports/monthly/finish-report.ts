import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { queueAdminEmails } from "@/src/notifications/queue-admin-emails";

/**
 * Marks the report ready with its PDF and queues the "your report is ready" email to the owners and admins,
 * in one transaction. The email is keyed by organization and month, so however many runs reach this point
 * (a retry after a crash, a regeneration) nobody gets a second one for the month — unless staff regenerated
 * it asking to send it again: `resendId` (one per such request) keys that one extra email.
 */
export async function finishReport(
  reportId: string,
  objectName: string,
  now: Date,
  resendId?: string,
): Promise<{ emails: number }> {
  return serviceDb().transaction(async (tx) => {
    const [report] = await tx.execute<{ org_id: string; period: string }>(sql`
      update public.reports set status = 'ready', object_name = ${objectName}, generated_at = ${now.toISOString()}
      where id = ${reportId}
      returning org_id, to_char(period, 'YYYY-MM') as period`);
    if (!report) return { emails: 0 };
    const emails = await queueAdminEmails(tx, {
      orgId: report.org_id,
      template: "report-ready",
      payload: { reportId },
      key: `report-ready:${report.org_id}:${report.period}${resendId ? `:again:${resendId}` : ""}`,
    });
    return { emails };
  });
}
