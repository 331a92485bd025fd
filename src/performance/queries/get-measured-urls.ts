import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface MeasuredUrl {
  url: string;
  runs: number;
}

/** The pages the scheduled Lighthouse runs measure, the most measured first (the page's default). */
export async function getMeasuredUrls(db: RequestDb, orgId: string): Promise<MeasuredUrl[]> {
  const rows = await db((tx) =>
    tx.execute<{ url: string; runs: number }>(sql`
      select url, count(*)::int as runs
      from public.performance_metrics
      where org_id = ${orgId} and source = 'lighthouse'
      group by url
      order by count(*) desc, max(measured_at) desc, url`),
  );
  return rows.map((row) => ({ url: row.url, runs: row.runs }));
}
