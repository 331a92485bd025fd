import type { TicketStatus } from "./ticket-status";

/**
 * Where a ticket stands against its first-response time (`sla_hours`, stamped from the plan when it was
 * opened):
 * - `none`: the plan promised no first-response time;
 * - `due`: not answered yet, and still within the time;
 * - `met`: the agency's first public reply came in time;
 * - `breached`: the reply came late (`respondedAt`), or has not come and the time is up (`respondedAt` null);
 * - `stopped`: finished without an agency reply before the time was up (the client closed it, say): nothing
 *   is owed any more.
 */
export type FirstResponseSla =
  | { state: "none" }
  | { state: "due"; dueAt: Date }
  | { state: "met"; dueAt: Date; respondedAt: Date }
  | { state: "breached"; dueAt: Date; respondedAt: Date | null }
  | { state: "stopped"; dueAt: Date };

export interface SlaTicket {
  status: TicketStatus;
  createdAt: Date;
  slaHours: number | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
}

const HOUR_MS = 3_600_000;

/**
 * The first-response clock runs from the ticket's creation and stops at the agency's first public reply
 * (first_response_at, stamped by the database), or at the resolution of a ticket nobody had to answer.
 */
export function firstResponseSla(ticket: SlaTicket, now: Date = new Date()): FirstResponseSla {
  if (ticket.slaHours === null) return { state: "none" };
  const dueAt = new Date(ticket.createdAt.getTime() + ticket.slaHours * HOUR_MS);
  if (ticket.firstResponseAt !== null) {
    const respondedAt = ticket.firstResponseAt;
    return respondedAt <= dueAt ? { state: "met", dueAt, respondedAt } : { state: "breached", dueAt, respondedAt };
  }
  const finished = ticket.status === "resolved" || ticket.status === "closed";
  const stoppedAt = finished && ticket.resolvedAt !== null ? ticket.resolvedAt : now;
  if (stoppedAt > dueAt) return { state: "breached", dueAt, respondedAt: null };
  return finished ? { state: "stopped", dueAt } : { state: "due", dueAt };
}
