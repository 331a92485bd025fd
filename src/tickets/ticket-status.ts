import type { Tone } from "@/src/components/ui/status-badge";
import { ticketStatuses } from "@/src/db/schema/tickets";
import { ticketPriorities, type TicketPriority } from "./ticket-priorities";

export { ticketPriorities, ticketStatuses, type TicketPriority };
export type TicketStatus = (typeof ticketStatuses)[number];

/** The agency at work reads as information, a question back to the client asks for attention, done is done. */
export const ticketStatusTone: Record<TicketStatus, Tone> = {
  open: "info",
  in_progress: "info",
  waiting_client: "warning",
  resolved: "success",
  closed: "neutral",
};

export const ticketPriorityTone: Record<TicketPriority, Tone> = {
  low: "neutral",
  normal: "neutral",
  high: "warning",
  urgent: "danger",
};

/** Resolved by the agency or closed: the conversation is over until someone reopens it. */
export const isTicketFinished = (status: TicketStatus) => status === "resolved" || status === "closed";
