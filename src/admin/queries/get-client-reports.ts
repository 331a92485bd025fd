import "server-only";
import { sql } from "drizzle-orm";
import type { ReportStatus } from "@/src/reports/report-status";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ClientReport {
  id: string;
  /** `YYYY-MM` */
  period: string;
  status: ReportStatus;
  generatedAt: Date | null;
}

/** A client's latest monthly reports, newest month first, as staff read them. */
export async function getClientReports(db: RequestDb, orgId: string, limit = 6): Promise<ClientReport[]> {
  const rows = await db((tx) =>
    tx.execute<{ id: string; period: string; status: ReportStatus; generated_at: string | null }>(sql`
      select id, to_char(period, 'YYYY-MM') as period, status, generated_at
      from public.reports where org_id = ${orgId} order by period desc limit ${limit}`),
  );
  return rows.map((r) => ({
    id: r.id,
    period: r.period,
    status: r.status,
    generatedAt: r.generated_at ? new Date(r.generated_at) : null,
  }));
}
