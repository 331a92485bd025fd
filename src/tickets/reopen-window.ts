import type { TicketStatus } from "./ticket-status";

/** How long after its resolution a client may reopen a ticket; after that, a new ticket tells the new story. */
export const REOPEN_WINDOW_DAYS = 14;

const DAY_MS = 86_400_000;

/**
 * Whether a resolved or closed ticket may still be reopened at `now`, and until when. A ticket that is not
 * finished has nothing to reopen. The database stamps `resolved_at` whenever a ticket is resolved or closed;
 * should it be missing, the ticket is treated as just finished.
 */
export function reopenWindow(
  ticket: { status: TicketStatus; resolvedAt: Date | null },
  now: Date = new Date(),
): { applies: false } | { applies: true; open: boolean; until: Date } {
  if (ticket.status !== "resolved" && ticket.status !== "closed") return { applies: false };
  const resolvedAt = ticket.resolvedAt ?? now;
  const until = new Date(resolvedAt.getTime() + REOPEN_WINDOW_DAYS * DAY_MS);
  return { applies: true, open: now <= until, until };
}
