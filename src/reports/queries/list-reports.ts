import "server-only";
import { desc, eq } from "drizzle-orm";
import { reports } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { parseReportSummary } from "../report-summary";
import type { ReportView } from "../report-view";

/** The organization's monthly reports, newest month first. */
export async function listReports(db: RequestDb, orgId: string): Promise<ReportView[]> {
  const rows = await db((tx) =>
    tx
      .select({
        id: reports.id,
        period: reports.period,
        status: reports.status,
        objectName: reports.objectName,
        generatedAt: reports.generatedAt,
        summary: reports.summary,
      })
      .from(reports)
      .where(eq(reports.orgId, orgId))
      .orderBy(desc(reports.period)),
  );
  return rows.map((row) => ({ ...row, summary: parseReportSummary(row.summary) }));
}
