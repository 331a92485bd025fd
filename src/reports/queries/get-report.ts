import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { reports } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { parseReportSummary } from "../report-summary";
import type { ReportView } from "../report-view";

/**
 * One report of the organization, or null — for another organization's id as for a malformed one, so the page
 * cannot tell them apart. Cached per request: the detail layout resolves it (404 before streaming) and the
 * page reuses it.
 */
export const getReport = cache(async (db: RequestDb, orgId: string, id: string): Promise<ReportView | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db((tx) =>
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
      .where(and(eq(reports.id, id), eq(reports.orgId, orgId)))
      .limit(1),
  );
  return row ? { ...row, summary: parseReportSummary(row.summary) } : null;
});
