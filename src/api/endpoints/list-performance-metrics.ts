import "server-only";
import { defineApiEndpoint } from "../define-api-endpoint";
import { measurementQuery } from "../measurement-query";
import { listOf, toPage } from "../pagination";
import { listPerformanceMetrics } from "../queries/list-performance-metrics";
import { performanceMetricResource, toPerformanceMetricResource } from "../resources/performance-metric";

export const listPerformanceMetricsEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/performance-metrics",
  operationId: "listPerformanceMetrics",
  tag: "Performance",
  summary: "List Lighthouse and Core Web Vitals measurements, newest first",
  scope: "read",
  query: measurementQuery,
  response: listOf(performanceMetricResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listPerformanceMetrics(db, orgId, query, query), query);
    return { ...page, data: page.data.map(toPerformanceMetricResource) };
  },
});
