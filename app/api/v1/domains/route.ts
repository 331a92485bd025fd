import { apiRoute } from "@/src/api/api-route";
import { listDomainsEndpoint } from "@/src/api/endpoints/list-domains";

export const GET = apiRoute(listDomainsEndpoint);
