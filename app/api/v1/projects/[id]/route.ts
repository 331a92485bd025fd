import { apiRoute } from "@/src/api/api-route";
import { getProjectEndpoint } from "@/src/api/endpoints/get-project";

export const GET = apiRoute(getProjectEndpoint);
