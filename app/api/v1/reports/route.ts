import { apiRoute } from "@/src/api/api-route";
import { listReportsEndpoint } from "@/src/api/endpoints/list-reports";

export const GET = apiRoute(listReportsEndpoint);
