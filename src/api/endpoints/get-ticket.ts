import "server-only";
import { z } from "zod";
import { getTicket } from "@/src/tickets/queries/get-ticket";
import { defineApiEndpoint } from "../define-api-endpoint";
import { ticketResource, toTicketResource } from "../resources/ticket";

export const getTicketEndpoint = defineApiEndpoint({
  method: "GET",
  path: "/tickets/{id}",
  operationId: "getTicket",
  tag: "Tickets",
  summary: "Get one support ticket",
  scope: "read",
  params: z.object({ id: z.uuid() }),
  response: ticketResource,
  status: 200,
  handler: async ({ db, orgId, params }) => {
    const ticket = await getTicket(db, orgId, params.id);
    return ticket && toTicketResource(ticket);
  },
});
