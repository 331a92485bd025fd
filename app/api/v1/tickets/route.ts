import { apiRoute } from "@/src/api/api-route";
import { createTicketEndpoint } from "@/src/api/endpoints/create-ticket";
import { listTicketsEndpoint } from "@/src/api/endpoints/list-tickets";

export const GET = apiRoute(listTicketsEndpoint);
export const POST = apiRoute(createTicketEndpoint);
