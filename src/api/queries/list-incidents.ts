import "server-only";
import { and, desc, eq, isNotNull, isNull } from "drizzle-orm";
import { incidents } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";

/** The organization's incidents, latest first; `ongoing` keeps only unresolved (true) or resolved (false) ones. */
export async function listIncidents(db: RequestDb, orgId: string, ongoing: boolean | undefined, page: PageQuery) {
  return db((tx) =>
    tx
      .select()
      .from(incidents)
      .where(
        and(
          eq(incidents.orgId, orgId),
          ongoing === undefined ? undefined : ongoing ? isNull(incidents.resolvedAt) : isNotNull(incidents.resolvedAt),
        ),
      )
      .orderBy(desc(incidents.startedAt), desc(incidents.id))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
}
