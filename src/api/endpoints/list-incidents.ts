import "server-only";
import { z } from "zod";
import { defineApiEndpoint } from "../define-api-endpoint";
import { listOf, pageQuery, toPage } from "../pagination";
import { listIncidents } from "../queries/list-incidents";
import { incidentResource, toIncidentResource } from "../resources/incident";

export const listIncidentsEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/incidents",
  operationId: "listIncidents",
  tag: "Uptime",
  summary: "List outages and degradations, latest first",
  scope: "read",
  query: pageQuery.extend({
    ongoing: z
      .enum(["true", "false"])
      .transform((value) => value === "true")
      .optional()
      .describe("true: only unresolved incidents; false: only resolved ones."),
  }),
  response: listOf(incidentResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listIncidents(db, orgId, query.ongoing, query), query);
    return { ...page, data: page.data.map(toIncidentResource) };
  },
});
