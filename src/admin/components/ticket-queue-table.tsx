import Link from "next/link";
import { cx } from "@/src/components/ui/cx";
import { TableScroll } from "@/src/components/ui/table-scroll";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { TicketPriorityBadge, TicketStatusBadge } from "@/src/tickets/components/ticket-badges";
import { firstResponseSla } from "@/src/tickets/first-response-sla";
import type { QueueTicket } from "../queries/get-ticket-queue";
import { QueueSla } from "./queue-sla";

/** The queue's rows, each with a checkbox for bulk assignment (the surrounding AssignForm posts them). */
export function TicketQueueTable({
  tickets,
  now,
  t,
  format,
}: {
  tickets: QueueTicket[];
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.agency.tickets;
  const head = "px-3 py-2 text-left font-medium whitespace-nowrap";
  return (
    <TableScroll label={copy.tableLabel} className="rounded-xl border border-border bg-surface shadow-xs">
      <table className="w-full text-sm">
        <thead className="border-b border-border bg-surface-muted/60 text-fg-muted">
          <tr>
            <th scope="col" className={head}>
              <span className="sr-only">{copy.columns.select}</span>
            </th>
            <th scope="col" className={head}>
              {copy.columns.ticket}
            </th>
            <th scope="col" className={head}>
              {copy.columns.client}
            </th>
            <th scope="col" className={head}>
              {copy.columns.sla}
            </th>
            <th scope="col" className={head}>
              {copy.columns.priority}
            </th>
            <th scope="col" className={head}>
              {copy.columns.status}
            </th>
            <th scope="col" className={head}>
              {copy.columns.assignee}
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-border">
          {tickets.map((ticket) => {
            const breached = firstResponseSla(ticket, now).state === "breached" && ticket.firstResponseAt === null;
            const number = formatMessage(t.tickets.number, { number: ticket.number });
            return (
              <tr key={ticket.id} className={cx(breached && "bg-danger-soft/40")}>
                <td className="px-3 py-2">
                  <input
                    type="checkbox"
                    name="ticketIds[]"
                    value={ticket.id}
                    aria-label={formatMessage(copy.selectTicket, { number: `${ticket.orgName} ${number}` })}
                    className="size-4"
                  />
                </td>
                <th scope="row" className="px-3 py-2 text-left font-medium">
                  <Link href={`/admin/tickets/${ticket.id}`} className="text-accent-text hover:underline">
                    {ticket.subject}
                  </Link>
                  <span className="block text-xs font-normal text-fg-muted">{number}</span>
                </th>
                <td className="px-3 py-2">
                  <span className="block">{ticket.orgName}</span>
                  <span className="block text-xs text-fg-muted">
                    {t.workspace.tiers[ticket.tier as keyof typeof t.workspace.tiers] ?? ticket.tier}
                  </span>
                </td>
                <td className="px-3 py-2">
                  <QueueSla ticket={ticket} now={now} t={t} format={format} />
                </td>
                <td className="px-3 py-2">
                  <TicketPriorityBadge priority={ticket.priority} t={t} />
                </td>
                <td className="px-3 py-2">
                  <TicketStatusBadge status={ticket.status} t={t} />
                </td>
                <td className="px-3 py-2 whitespace-nowrap">{ticket.assigneeName ?? copy.unassigned}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
