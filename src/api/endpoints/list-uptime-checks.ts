import "server-only";
import { defineApiEndpoint } from "../define-api-endpoint";
import { measurementQuery } from "../measurement-query";
import { listOf, toPage } from "../pagination";
import { listUptimeChecks } from "../queries/list-uptime-checks";
import { toUptimeCheckResource, uptimeCheckResource } from "../resources/uptime-check";

export const listUptimeChecksEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/uptime-checks",
  operationId: "listUptimeChecks",
  tag: "Uptime",
  summary: "List uptime checks, newest first",
  scope: "read",
  query: measurementQuery,
  response: listOf(uptimeCheckResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listUptimeChecks(db, orgId, query, query), query);
    return { ...page, data: page.data.map(toUptimeCheckResource) };
  },
});
