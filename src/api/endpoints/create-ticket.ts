import "server-only";
import { z } from "zod";
import { MESSAGE_MAX, SUBJECT_MAX } from "@/src/tickets/message-limits";
import { createTicket } from "@/src/tickets/mutations/create-ticket";
import { getTicket } from "@/src/tickets/queries/get-ticket";
import { ticketPriorities } from "@/src/tickets/ticket-status";
import { defineApiEndpoint } from "../define-api-endpoint";
import { ticketResource, toTicketResource } from "../resources/ticket";

export const createTicketEndpoint = defineApiEndpoint({
  method: "POST",
  path: "/tickets",
  operationId: "createTicket",
  tag: "Tickets",
  summary: "Open a support ticket (counts against the plan's monthly allowance)",
  scope: "write",
  body: z
    .object({
      subject: z.string().trim().min(1).max(SUBJECT_MAX),
      description: z.string().trim().min(1).max(MESSAGE_MAX).describe("The first message of the conversation."),
      priority: z.enum(ticketPriorities).default("normal"),
      project_id: z.uuid().optional().describe("One of the organization's projects."),
    })
    .meta({ id: "NewTicket" }),
  response: ticketResource,
  status: 201,
  handler: async ({ db, orgId, body }) => {
    const { id } = await createTicket(db, orgId, {
      subject: body.subject,
      description: body.description,
      priority: body.priority,
      projectId: body.project_id,
    });
    const ticket = await getTicket(db, orgId, id);
    return ticket && toTicketResource(ticket);
  },
});
