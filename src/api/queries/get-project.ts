import "server-only";
import { and, eq } from "drizzle-orm";
import { projects } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/** One project of the organization, or null (unknown, or another organization's: row-level security says so). */
export async function getProject(db: RequestDb, orgId: string, id: string) {
  const [row] = await db((tx) =>
    tx
      .select()
      .from(projects)
      .where(and(eq(projects.id, id), eq(projects.orgId, orgId)))
      .limit(1),
  );
  return row ?? null;
}
