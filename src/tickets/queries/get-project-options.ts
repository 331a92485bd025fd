import "server-only";
import { asc, eq } from "drizzle-orm";
import { projects } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ProjectOption {
  id: string;
  name: string;
}

/** The organization's projects by name, for the ticket form's and the list filter's project choice. */
export async function getProjectOptions(db: RequestDb, orgId: string): Promise<ProjectOption[]> {
  return db((tx) =>
    tx
      .select({ id: projects.id, name: projects.name })
      .from(projects)
      .where(eq(projects.orgId, orgId))
      .orderBy(asc(projects.name)),
  );
}
