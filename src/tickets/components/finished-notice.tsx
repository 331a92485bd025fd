import Link from "next/link";
import { buttonStyles } from "@/src/components/ui/button-styles";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { reopenTicket } from "../actions/reopen-ticket";
import type { reopenWindow } from "../reopen-window";
import { TicketStatusButton } from "./ticket-status-button";

/**
 * What a resolved or closed ticket shows instead of the reply field: that the conversation is over, and the way
 * on — reopening within 14 days of the resolution (for those who may), or a new ticket after that.
 */
export function FinishedNotice({
  status,
  number,
  reopen,
  canChange,
  slug,
  ticketId,
  t,
  format,
}: {
  status: "resolved" | "closed";
  number: number;
  reopen: Extract<ReturnType<typeof reopenWindow>, { applies: true }>;
  /** The reader opened the ticket or manages the organization. */
  canChange: boolean;
  slug: string;
  ticketId: string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.tickets.finished;
  const newTicket = (
    <Link href={`/app/${slug}/tickets/new`} className={buttonStyles({ variant: reopen.open ? "ghost" : "primary" })}>
      {copy.newTicket}
    </Link>
  );
  return (
    <section
      aria-labelledby="ticket-finished"
      className="grid gap-3 rounded-lg border border-border bg-surface-muted/60 p-4 text-sm"
    >
      <h3 id="ticket-finished" className="font-semibold">
        {status === "resolved" ? copy.resolvedTitle : copy.closedTitle}
      </h3>
      {reopen.open ? (
        <>
          <p>{formatMessage(copy.reopenUntil, { date: format.date(reopen.until) })}</p>
          {canChange ? null : <p className="text-fg-muted">{copy.askToReopen}</p>}
          <div className="flex flex-wrap items-start gap-2">
            {canChange ? (
              <TicketStatusButton
                action={reopenTicket}
                slug={slug}
                ticketId={ticketId}
                label={t.tickets.actions.reopen}
                variant="primary"
              />
            ) : null}
            {newTicket}
          </div>
        </>
      ) : (
        <>
          <p>{formatMessage(copy.expired, { number })}</p>
          <div>{newTicket}</div>
        </>
      )}
    </section>
  );
}
