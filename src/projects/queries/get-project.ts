import "server-only";
import { and, eq } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { profiles, projects } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { ProjectSummary } from "./get-projects";

export interface ProjectDetail extends ProjectSummary {
  description: string | null;
  /** The agency's lead, when row-level security lets the reader see their profile (clients usually cannot). */
  managerName: string | null;
}

/**
 * One project of the organization, or null for an id that is malformed, unknown or another organization's
 * (row-level security and the org filter both say so). Cached per request: the detail layout resolves it for
 * the 404 and the pages below reuse it.
 */
export const getProject = cache(async (db: RequestDb, orgId: string, id: string): Promise<ProjectDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db((tx) =>
    tx
      .select({
        id: projects.id,
        name: projects.name,
        status: projects.status,
        completion: projects.completion,
        startDate: projects.startDate,
        dueDate: projects.dueDate,
        budget: projects.budget,
        currency: projects.currency,
        description: projects.description,
        // Staff profiles are outside a client's view: the join then finds nothing and the page omits the lead.
        managerName: profiles.fullName,
      })
      .from(projects)
      .leftJoin(profiles, eq(profiles.id, projects.managerId))
      .where(and(eq(projects.id, id), eq(projects.orgId, orgId)))
      .limit(1),
  );
  if (!row) return null;
  return { ...row, budget: row.budget === null ? null : Number(row.budget) };
});
