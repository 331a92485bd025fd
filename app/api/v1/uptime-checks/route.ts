import { apiRoute } from "@/src/api/api-route";
import { listUptimeChecksEndpoint } from "@/src/api/endpoints/list-uptime-checks";

export const GET = apiRoute(listUptimeChecksEndpoint);
