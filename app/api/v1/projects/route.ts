import { apiRoute } from "@/src/api/api-route";
import { listProjectsEndpoint } from "@/src/api/endpoints/list-projects";

export const GET = apiRoute(listProjectsEndpoint);
