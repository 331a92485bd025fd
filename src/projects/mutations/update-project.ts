import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { projects } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { ProjectValues } from "../project-form-schema";

/**
 * Renames a project and changes its description and dates, as the request's user. Row-level security lets
 * only the organization's owners and admins update (projects_update_admin); a row they may not update is
 * simply not matched, so that, and another organization's id, is `not_found`.
 */
export async function updateProject(db: RequestDb, orgId: string, id: string, values: ProjectValues): Promise<void> {
  const updated = await db((tx) =>
    tx
      .update(projects)
      .set({
        name: values.name,
        description: values.description,
        startDate: values.startDate,
        dueDate: values.dueDate,
      })
      .where(and(eq(projects.id, id), eq(projects.orgId, orgId)))
      .returning({ id: projects.id }),
  );
  if (updated.length === 0) throw new AppError("not_found");
}
