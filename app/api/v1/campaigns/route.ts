import { apiRoute } from "@/src/api/api-route";
import { listCampaignsEndpoint } from "@/src/api/endpoints/list-campaigns";

export const GET = apiRoute(listCampaignsEndpoint);
