import { apiRoute } from "@/src/api/api-route";
import { getTicketEndpoint } from "@/src/api/endpoints/get-ticket";

export const GET = apiRoute(getTicketEndpoint);
