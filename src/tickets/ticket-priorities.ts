/**
 * As support_tickets' check constraint lists them, least to most pressing. A module of its own, free of the
 * database schema, because the browser's ticket form needs it too.
 */
export const ticketPriorities = ["low", "normal", "high", "urgent"] as const;
export type TicketPriority = (typeof ticketPriorities)[number];
