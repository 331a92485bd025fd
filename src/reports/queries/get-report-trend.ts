import "server-only";
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { reports } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { parseReportSummary, type ReportSummary } from "../report-summary";

export type ReportTrend = Array<{ period: string; summary: ReportSummary }>;

/** The summaries of the `months` months up to and including `period`, oldest first: a report's context. */
export async function getReportTrend(db: RequestDb, orgId: string, period: string, months = 6): Promise<ReportTrend> {
  const rows = await db((tx) =>
    tx
      .select({ period: reports.period, summary: reports.summary })
      .from(reports)
      .where(
        and(
          eq(reports.orgId, orgId),
          lte(reports.period, period),
          gt(reports.period, sql`${period}::date - make_interval(months => ${months})`),
        ),
      )
      .orderBy(asc(reports.period)),
  );
  return rows.map((row) => ({ period: row.period, summary: parseReportSummary(row.summary) }));
}
