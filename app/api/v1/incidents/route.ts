import { apiRoute } from "@/src/api/api-route";
import { listIncidentsEndpoint } from "@/src/api/endpoints/list-incidents";

export const GET = apiRoute(listIncidentsEndpoint);
