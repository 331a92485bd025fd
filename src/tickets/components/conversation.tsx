import { Icon } from "@/src/components/ui/icons";
import { StatusBadge } from "@/src/components/ui/status-badge";
import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { TicketMessage } from "../queries/get-ticket-messages";

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toLocaleUpperCase())
    .join("");
}

/**
 * The ticket's conversation, oldest first: who wrote each message (the agency's marked with a badge, the
 * reader's own as "You"), when, and what, with each attachment's download link.
 */
export function Conversation({
  messages,
  actingUserId,
  attachmentHref,
  t,
  format,
}: {
  messages: TicketMessage[];
  /** The reader (or the client a staff member views the app as), whose messages read as "You". */
  actingUserId: string;
  /** Where a message's attachment (by its position) is downloaded. */
  attachmentHref: (messageId: string, index: number) => string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.tickets.conversation;
  return (
    <ol className="grid gap-4">
      {messages.map((message) => {
        const mine = message.authorId !== null && message.authorId === actingUserId;
        const name = mine
          ? copy.you
          : message.fromAgency
            ? (message.authorName ?? copy.agencyName)
            : message.authorId === null
              ? copy.removed
              : (message.authorName ?? copy.member);
        return (
          <li key={message.id}>
            <article
              className={cx(
                "grid gap-3 rounded-lg border p-4",
                message.internal
                  ? "border-warning/30 bg-warning-soft/60"
                  : message.fromAgency
                    ? "border-accent/25 bg-accent-soft/50"
                    : "border-border bg-surface",
              )}
            >
              <header className="flex flex-wrap items-center gap-x-3 gap-y-1">
                <span
                  aria-hidden="true"
                  className={cx(
                    "inline-flex size-8 shrink-0 items-center justify-center rounded-full text-xs font-semibold",
                    message.fromAgency ? "bg-accent text-accent-fg" : "bg-surface-muted text-fg-muted",
                  )}
                >
                  {message.fromAgency ? (
                    <Icon name="building" className="size-4" />
                  ) : (
                    initials(message.authorName ?? name) || "?"
                  )}
                </span>
                <p className="font-medium">{name}</p>
                {message.fromAgency ? <StatusBadge tone="info">{copy.agencyBadge}</StatusBadge> : null}
                {message.internal ? <StatusBadge tone="warning">{copy.internalBadge}</StatusBadge> : null}
                <time dateTime={message.createdAt.toISOString()} className="text-sm text-fg-muted sm:ml-auto">
                  {format.dateTime(message.createdAt)}
                </time>
              </header>
              <p className="text-sm leading-relaxed break-words whitespace-pre-line">{message.body}</p>
              {message.attachments.length > 0 ? (
                <div className="grid gap-1 text-sm">
                  <p className="font-medium text-fg-muted">{copy.attachments}</p>
                  <ul className="flex flex-wrap gap-2">
                    {message.attachments.map((attachment, index) => (
                      <li key={attachment.object_name}>
                        <a
                          href={attachmentHref(message.id, index)}
                          className="inline-flex items-center gap-1.5 rounded-md border border-border bg-surface px-2 py-1 text-xs break-all hover:bg-surface-muted"
                        >
                          <Icon name="download" className="size-3.5 shrink-0" />
                          <span className="sr-only">{copy.download}</span>
                          <span>{attachment.name}</span>
                          <span className="text-fg-muted tabular-nums">{format.bytes(attachment.size_bytes ?? 0)}</span>
                        </a>
                      </li>
                    ))}
                  </ul>
                </div>
              ) : null}
            </article>
          </li>
        );
      })}
    </ol>
  );
}
