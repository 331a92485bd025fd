import "server-only";
import { asc, eq } from "drizzle-orm";
import { projects } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";

/** The organization's projects by name, one page (plus one row, see toPage). */
export async function listProjects(db: RequestDb, orgId: string, page: PageQuery) {
  const rows = await db((tx) =>
    tx
      .select()
      .from(projects)
      .where(eq(projects.orgId, orgId))
      .orderBy(asc(projects.name), asc(projects.id))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
  return rows;
}
