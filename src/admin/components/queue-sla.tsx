import { StatusBadge, type Tone } from "@/src/components/ui/status-badge";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { firstResponseSla, type SlaTicket } from "@/src/tickets/first-response-sla";

const tones: Record<"due" | "met" | "breached" | "stopped", Tone> = {
  due: "info",
  met: "success",
  breached: "danger",
  stopped: "neutral",
};

/** The queue's first-response clock for one ticket: "due in 3 h", "overdue, was due 2 h ago", or answered. */
export function QueueSla({
  ticket,
  now,
  t,
  format,
}: {
  ticket: SlaTicket;
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.agency.tickets;
  const sla = firstResponseSla(ticket, now);
  if (sla.state === "none") return <span className="text-fg-muted">{copy.noSla}</span>;
  const detail =
    sla.state === "due"
      ? formatMessage(copy.dueIn, { when: format.relative(sla.dueAt, now) })
      : sla.state === "breached" && sla.respondedAt === null
        ? formatMessage(copy.overdueBy, { when: format.relative(sla.dueAt, now) })
        : copy.answered;
  return (
    <span className="grid justify-items-start gap-1">
      <StatusBadge tone={tones[sla.state]}>{t.tickets.sla.badges[sla.state]}</StatusBadge>
      <span className="text-xs text-fg-muted">{detail}</span>
    </span>
  );
}
