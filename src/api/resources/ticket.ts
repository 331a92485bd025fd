import { z } from "zod";
import { ticketPriorities, ticketStatuses } from "@/src/tickets/ticket-status";
import { isoDate } from "../pagination";

export const ticketResource = z
  .object({
    id: z.uuid(),
    number: z.number().int().describe("The organization's ticket number (#1, #2, …)."),
    subject: z.string(),
    priority: z.enum(ticketPriorities),
    status: z.enum(ticketStatuses),
    project_id: z.uuid().nullable(),
    sla_hours: z.number().int().nullable().describe("First-response time the plan promises; null: none."),
    first_response_at: z.iso.datetime().nullable(),
    resolved_at: z.iso.datetime().nullable(),
    created_at: z.iso.datetime(),
  })
  .meta({ id: "Ticket" });

interface TicketRow {
  id: string;
  number: number;
  subject: string;
  priority: z.output<typeof ticketResource>["priority"];
  status: z.output<typeof ticketResource>["status"];
  projectId: string | null;
  slaHours: number | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
}

export function toTicketResource(row: TicketRow): z.output<typeof ticketResource> {
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    priority: row.priority,
    status: row.status,
    project_id: row.projectId,
    sla_hours: row.slaHours,
    first_response_at: isoDate(row.firstResponseAt),
    resolved_at: isoDate(row.resolvedAt),
    created_at: isoDate(row.createdAt)!,
  };
}
