import "server-only";
import { desc, eq } from "drizzle-orm";
import { reports } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";

/** The organization's monthly reports, latest month first. */
export async function listReports(db: RequestDb, orgId: string, page: PageQuery) {
  return db((tx) =>
    tx
      .select()
      .from(reports)
      .where(eq(reports.orgId, orgId))
      .orderBy(desc(reports.period))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
}
