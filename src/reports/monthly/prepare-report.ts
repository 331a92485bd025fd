import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { computeReportSummary } from "./compute-report-summary";

/**
 * Opens (or reopens, after a run that died) the organization's report row for `period` (`YYYY-MM`) as
 * `generating`, with the month's figures. A report already `ready` is left alone: `ready` says so, and the
 * run has nothing more to do.
 */
export async function prepareReport(orgId: string, period: string): Promise<{ reportId: string; ready: boolean }> {
  return serviceDb().transaction(async (tx) => {
    const summary = await computeReportSummary(tx, orgId, period);
    const [opened] = await tx.execute<{ id: string }>(sql`
      insert into public.reports as r (org_id, period, status, summary)
      values (${orgId}, ${`${period}-01`}, 'generating', ${JSON.stringify(summary)}::jsonb)
      on conflict (org_id, period) do update set status = 'generating', summary = excluded.summary
        where r.status <> 'ready'
      returning id`);
    if (opened) return { reportId: opened.id, ready: false };
    const [ready] = await tx.execute<{ id: string }>(sql`
      select id from public.reports where org_id = ${orgId} and period = ${`${period}-01`}`);
    return { reportId: ready!.id, ready: true };
  });
}
