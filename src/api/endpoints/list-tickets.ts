import "server-only";
import { z } from "zod";
import { ticketStatuses } from "@/src/tickets/ticket-status";
import { defineApiEndpoint } from "../define-api-endpoint";
import { listOf, pageQuery, toPage } from "../pagination";
import { listTickets } from "../queries/list-tickets";
import { ticketResource, toTicketResource } from "../resources/ticket";

export const listTicketsEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/tickets",
  operationId: "listTickets",
  tag: "Tickets",
  summary: "List support tickets, newest first",
  scope: "read",
  query: pageQuery.extend({ status: z.enum(ticketStatuses).optional().describe("Only tickets in this status.") }),
  response: listOf(ticketResource),
  status: 200,
  handler: async ({ db, orgId, query }) => {
    const page = toPage(await listTickets(db, orgId, query.status, query), query);
    return { ...page, data: page.data.map(toTicketResource) };
  },
});
