import { apiRoute } from "@/src/api/api-route";
import { listPerformanceMetricsEndpoint } from "@/src/api/endpoints/list-performance-metrics";

export const GET = apiRoute(listPerformanceMetricsEndpoint);
