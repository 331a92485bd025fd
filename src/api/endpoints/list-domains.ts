import "server-only";
import { defineApiEndpoint } from "../define-api-endpoint";
import { listOf, pageQuery, toPage } from "../pagination";
import { listDomains } from "../queries/list-domains";
import { domainResource, toDomainResource } from "../resources/domain";

export const listDomainsEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/domains",
  operationId: "listDomains",
  tag: "Domains",
  summary: "List the organization's domains, with SSL and renewal",
  scope: "read",
  query: pageQuery,
  response: listOf(domainResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listDomains(db, orgId, query), query);
    return { ...page, data: page.data.map(toDomainResource) };
  },
});
