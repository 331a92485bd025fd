import "server-only";
import { and, desc, eq, gte } from "drizzle-orm";
import { uptimeChecks } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";
import type { MeasurementFilter } from "./list-performance-metrics";

/** The organization's uptime checks, newest first, optionally of one project and since a moment. */
export async function listUptimeChecks(db: RequestDb, orgId: string, filter: MeasurementFilter, page: PageQuery) {
  return db((tx) =>
    tx
      .select()
      .from(uptimeChecks)
      .where(
        and(
          eq(uptimeChecks.orgId, orgId),
          filter.project_id ? eq(uptimeChecks.projectId, filter.project_id) : undefined,
          filter.since ? gte(uptimeChecks.checkedAt, filter.since) : undefined,
        ),
      )
      .orderBy(desc(uptimeChecks.checkedAt), desc(uptimeChecks.id))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
}
