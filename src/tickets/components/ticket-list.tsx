import Link from "next/link";
import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { firstResponseSla } from "../first-response-sla";
import type { TicketSummary } from "../queries/get-tickets";
import { TicketPriorityBadge, TicketStatusBadge } from "./ticket-badges";

/**
 * One page of tickets: number and subject (the link), status, priority, project, when it was opened and last
 * active, how many messages, and for an unanswered ticket the first-response due time or that it passed.
 */
export function TicketList({
  tickets,
  baseHref,
  now,
  t,
  format,
}: {
  tickets: TicketSummary[];
  baseHref: string;
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.tickets.list;
  return (
    <ul aria-label={copy.label} className="divide-y divide-border rounded-xl border border-border bg-surface shadow-xs">
      {tickets.map((ticket) => {
        const sla = firstResponseSla(ticket, now);
        return (
          <li key={ticket.id} className="grid gap-2 p-4 sm:px-5">
            <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-2">
              <h2 className="min-w-0 text-base font-semibold">
                <Link href={`${baseHref}/${ticket.id}`} className="break-words hover:underline">
                  <span className="mr-2 font-normal text-fg-muted tabular-nums">
                    {formatMessage(t.tickets.number, { number: ticket.number })}
                  </span>
                  {ticket.subject}
                </Link>
              </h2>
              <div className="flex flex-wrap items-center gap-2">
                {ticket.priority === "high" || ticket.priority === "urgent" ? (
                  <TicketPriorityBadge priority={ticket.priority} t={t} />
                ) : null}
                <TicketStatusBadge status={ticket.status} t={t} />
              </div>
            </div>
            <p className="flex flex-wrap gap-x-3 gap-y-1 text-sm text-fg-muted">
              {ticket.projectName ? <span className="font-medium text-fg">{ticket.projectName}</span> : null}
              <span>
                <time dateTime={ticket.createdAt.toISOString()}>
                  {formatMessage(copy.openedOn, { date: format.date(ticket.createdAt) })}
                </time>
              </span>
              <span>
                <time dateTime={ticket.lastActivityAt.toISOString()}>
                  {formatMessage(copy.lastActivity, { when: format.relative(ticket.lastActivityAt, now) })}
                </time>
              </span>
              <span>{format.plural(ticket.messageCount, copy.messages)}</span>
              {sla.state === "due" || (sla.state === "breached" && sla.respondedAt === null) ? (
                <span className={cx("font-medium", sla.state === "breached" ? "text-danger" : "text-fg")}>
                  {sla.state === "due"
                    ? formatMessage(copy.slaDue, { time: format.dateTime(sla.dueAt) })
                    : copy.slaOverdue}
                </span>
              ) : null}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
