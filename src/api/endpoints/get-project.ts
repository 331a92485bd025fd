import "server-only";
import { z } from "zod";
import { defineApiEndpoint } from "../define-api-endpoint";
import { getProject } from "../queries/get-project";
import { projectResource, toProjectResource } from "../resources/project";

export const getProjectEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/projects/{id}",
  operationId: "getProject",
  tag: "Projects",
  summary: "Get one project",
  scope: "read",
  params: z.object({ id: z.uuid() }),
  response: projectResource,
  status: 200,
  handler: async ({ db, orgId, params }) => {
    const row = await getProject(db, orgId, params.id);
    return row && toProjectResource(row);
  },
});
