import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { closeTicket } from "@/src/tickets/actions/close-ticket";
import { replyToTicket } from "@/src/tickets/actions/reply-to-ticket";
import { Conversation } from "@/src/tickets/components/conversation";
import { FinishedNotice } from "@/src/tickets/components/finished-notice";
import { ReplyForm } from "@/src/tickets/components/reply-form";
import { SlaStatus } from "@/src/tickets/components/sla-status";
import { TicketPriorityBadge, TicketStatusBadge } from "@/src/tickets/components/ticket-badges";
import { TicketStatusButton } from "@/src/tickets/components/ticket-status-button";
import { firstResponseSla } from "@/src/tickets/first-response-sla";
import { getAttachmentRoom } from "@/src/tickets/queries/get-attachment-room";
import { getTicket } from "@/src/tickets/queries/get-ticket";
import { getTicketMessages } from "@/src/tickets/queries/get-ticket-messages";
import { reopenWindow } from "@/src/tickets/reopen-window";
import { canManage, requireWorkspace } from "@/src/workspace/require-workspace";

type Props = { params: Promise<{ org: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { org, id } = await params;
  const [{ t }, { organization, db }] = await Promise.all([getTranslations(), requireWorkspace(org)]);
  const ticket = await getTicket(db, organization.id, id);
  return {
    title: ticket
      ? `${formatMessage(t.tickets.number, { number: ticket.number })} ${ticket.subject} · ${organization.name}`
      : `${t.tickets.title} · ${organization.name}`,
  };
}

export default async function TicketPage({ params }: Props) {
  const { org, id } = await params;
  const workspace = await requireWorkspace(org);
  const { organization, role, user, impersonation, db } = workspace;
  // The layout answers 404 for a ticket that is not there; the conversation is asked for once it is known to be.
  const [{ t, locale }, ticket] = await Promise.all([getTranslations(), getTicket(db, organization.id, id)]);
  if (!ticket) notFound();
  const [messages, storage] = await Promise.all([
    getTicketMessages(db, organization.id, ticket.id),
    getAttachmentRoom(workspace),
  ]);
  const copy = t.tickets;
  const format = formatters(locale, organization.timeZone);
  const base = `/app/${organization.slug}/tickets`;
  const now = new Date();
  const actingUserId = impersonation?.targetUserId ?? user.id;
  // Row-level security lets the ticket's creator and the organization's owners and admins close or reopen it.
  const canChange = canManage(role) || ticket.createdBy === actingUserId;
  const sla = firstResponseSla(ticket, now);
  const reopen = reopenWindow(ticket, now);
  const number = formatMessage(copy.number, { number: ticket.number });
  const openedBy =
    ticket.createdBy === actingUserId ? copy.conversation.you : (ticket.createdByName ?? copy.detail.someone);

  return (
    <div className="grid gap-6">
      <PageHeader
        title={ticket.subject}
        breadcrumbs={[{ label: copy.title, href: base }, { label: number }]}
        breadcrumbsLabel={t.workspace.breadcrumbsLabel}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-medium tabular-nums">{number}</span>
            <TicketStatusBadge status={ticket.status} t={t} />
            <TicketPriorityBadge priority={ticket.priority} t={t} />
          </span>
        }
      />

      {/* On a phone: the SLA, the conversation, then the details; on a wide screen the conversation has the
          left two columns and the rest stacks on the right. */}
      <div className="grid items-start gap-6 lg:grid-cols-3 lg:grid-rows-[auto_1fr]">
        <Card title={copy.sla.title} className="lg:col-start-3 lg:row-start-1">
          <SlaStatus sla={sla} slaHours={ticket.slaHours} now={now} t={t} format={format} />
        </Card>

        <Card
          title={copy.conversation.title}
          description={format.plural(messages.length, copy.conversation.count)}
          className="lg:col-span-2 lg:col-start-1 lg:row-span-2 lg:row-start-1"
        >
          <div className="grid gap-6">
            <Conversation
              messages={messages}
              actingUserId={actingUserId}
              attachmentHref={(messageId, index) => `${base}/${ticket.id}/attachments/${messageId}/${index}`}
              t={t}
              format={format}
            />
            {reopen.applies && (ticket.status === "resolved" || ticket.status === "closed") ? (
              <FinishedNotice
                status={ticket.status}
                number={ticket.number}
                reopen={reopen}
                canChange={canChange}
                slug={organization.slug}
                ticketId={ticket.id}
                t={t}
                format={format}
              />
            ) : (
              <ReplyForm
                action={replyToTicket}
                slug={organization.slug}
                ticketId={ticket.id}
                waitingOnClient={ticket.status === "waiting_client"}
                storage={storage}
              />
            )}
          </div>
        </Card>

        <div className="grid content-start gap-6 lg:col-start-3 lg:row-start-2">
          <Card title={copy.detail.facts}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-fg-muted">{copy.detail.status}</dt>
              <dd>
                <TicketStatusBadge status={ticket.status} t={t} />
              </dd>
              <dt className="text-fg-muted">{copy.detail.priority}</dt>
              <dd>{copy.priorities[ticket.priority]}</dd>
              <dt className="text-fg-muted">{copy.detail.project}</dt>
              <dd className="min-w-0 break-words">
                {ticket.projectId && ticket.projectName ? (
                  <Link
                    href={`/app/${organization.slug}/projects/${ticket.projectId}`}
                    className="font-medium text-accent-text hover:underline"
                  >
                    {ticket.projectName}
                  </Link>
                ) : (
                  copy.detail.noProject
                )}
              </dd>
              <dt className="text-fg-muted">{copy.detail.openedBy}</dt>
              <dd>{openedBy}</dd>
              <dt className="text-fg-muted">{copy.detail.openedAt}</dt>
              <dd>
                <time dateTime={ticket.createdAt.toISOString()}>{format.dateTime(ticket.createdAt)}</time>
              </dd>
              <dt className="text-fg-muted">{copy.detail.updatedAt}</dt>
              <dd>
                <time dateTime={ticket.updatedAt.toISOString()}>{format.relative(ticket.updatedAt, now)}</time>
              </dd>
            </dl>
          </Card>
          {ticket.status === "closed" ? null : (
            <Card title={copy.actions.title}>
              <div className="grid gap-3 text-sm">
                <p className="text-fg-muted">{canChange ? copy.actions.closeHint : copy.actions.onlyCreator}</p>
                {canChange ? (
                  <TicketStatusButton
                    action={closeTicket}
                    slug={organization.slug}
                    ticketId={ticket.id}
                    label={copy.actions.close}
                  />
                ) : null}
              </div>
            </Card>
          )}
        </div>
      </div>
    </div>
  );
}
