import "server-only";
import { projects } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { ProjectValues } from "../project-form-schema";

/**
 * Starts a project as the request's user. Only the client's columns are written: the project starts in
 * discovery at 0 % with no budget or manager, and the database refuses anything else from a client
 * (`protected_column:project_progress`), members (projects_insert_admin) and an insert past the plan's
 * `projects` limit (`tier_limit_exceeded:projects`).
 */
export async function createProject(db: RequestDb, orgId: string, values: ProjectValues): Promise<{ id: string }> {
  const [created] = await db((tx) =>
    tx
      .insert(projects)
      .values({
        orgId,
        name: values.name,
        description: values.description,
        startDate: values.startDate,
        dueDate: values.dueDate,
      })
      .returning({ id: projects.id }),
  );
  if (!created) throw new Error("insert into projects returned no row");
  return created;
}
