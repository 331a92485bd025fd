import "server-only";
import { defineApiEndpoint } from "../define-api-endpoint";
import { listOf, pageQuery, toPage } from "../pagination";
import { listProjects } from "../queries/list-projects";
import { projectResource, toProjectResource } from "../resources/project";

export const listProjectsEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/projects",
  operationId: "listProjects",
  tag: "Projects",
  summary: "List the organization's projects",
  scope: "read",
  query: pageQuery,
  response: listOf(projectResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listProjects(db, orgId, query), query);
    return { ...page, data: page.data.map(toProjectResource) };
  },
});
