import { StatusBadge } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { ticketPriorityTone, ticketStatusTone, type TicketPriority, type TicketStatus } from "../ticket-status";

export function TicketStatusBadge({ status, t }: { status: TicketStatus; t: Dictionary }) {
  return <StatusBadge tone={ticketStatusTone[status]}>{t.tickets.statuses[status]}</StatusBadge>;
}

/** "High priority": the word says what the colour repeats. */
export function TicketPriorityBadge({ priority, t }: { priority: TicketPriority; t: Dictionary }) {
  return (
    <StatusBadge tone={ticketPriorityTone[priority]}>
      {formatMessage(t.tickets.priorityBadge, { priority: t.tickets.priorities[priority] })}
    </StatusBadge>
  );
}
