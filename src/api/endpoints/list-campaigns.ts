import "server-only";
import { defineApiEndpoint } from "../define-api-endpoint";
import { listOf, pageQuery, toPage } from "../pagination";
import { listCampaigns } from "../queries/list-campaigns";
import { campaignResource, toCampaignResource } from "../resources/campaign";

export const listCampaignsEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/campaigns",
  operationId: "listCampaigns",
  tag: "Campaigns",
  summary: "List the organization's ad campaigns",
  scope: "read",
  query: pageQuery,
  response: listOf(campaignResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listCampaigns(db, orgId, query), query);
    return { ...page, data: page.data.map(toCampaignResource) };
  },
});
