import "server-only";
import { defineApiEndpoint } from "../define-api-endpoint";
import { listOf, pageQuery, toPage } from "../pagination";
import { listReports } from "../queries/list-reports";
import { reportResource, toReportResource } from "../resources/report";

export const listReportsEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/reports",
  operationId: "listReports",
  tag: "Reports",
  summary: "List the monthly reports, latest first",
  scope: "read",
  query: pageQuery,
  response: listOf(reportResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listReports(db, orgId, query), query);
    return { ...page, data: page.data.map(toReportResource) };
  },
});
