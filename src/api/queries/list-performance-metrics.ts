import "server-only";
import { and, desc, eq, gte } from "drizzle-orm";
import { performanceMetrics } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";

export interface MeasurementFilter {
  project_id?: string;
  since?: Date;
}

/** The organization's performance measurements, newest first, optionally of one project and since a moment. */
export async function listPerformanceMetrics(db: RequestDb, orgId: string, filter: MeasurementFilter, page: PageQuery) {
  return db((tx) =>
    tx
      .select()
      .from(performanceMetrics)
      .where(
        and(
          eq(performanceMetrics.orgId, orgId),
          filter.project_id ? eq(performanceMetrics.projectId, filter.project_id) : undefined,
          filter.since ? gte(performanceMetrics.measuredAt, filter.since) : undefined,
        ),
      )
      .orderBy(desc(performanceMetrics.measuredAt), desc(performanceMetrics.id))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
}
