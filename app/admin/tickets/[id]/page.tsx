import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { replyAsStaff } from "@/src/admin/actions/reply-as-staff";
import { AssignForm } from "@/src/admin/components/assign-form";
import { TicketStatusForm } from "@/src/admin/components/ticket-status-form";
import { getQueueTicket } from "@/src/admin/queries/get-queue-ticket";
import { getStaffOptions } from "@/src/admin/queries/get-staff-options";
import { requireAdmin } from "@/src/admin/require-admin";
import { Card } from "@/src/components/ui/card";
import { PageHeader } from "@/src/components/ui/page-header";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { Conversation } from "@/src/tickets/components/conversation";
import { ReplyForm } from "@/src/tickets/components/reply-form";
import { SlaStatus } from "@/src/tickets/components/sla-status";
import { TicketPriorityBadge, TicketStatusBadge } from "@/src/tickets/components/ticket-badges";
import { firstResponseSla } from "@/src/tickets/first-response-sla";
import { getTicketMessages } from "@/src/tickets/queries/get-ticket-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { db } = await requireAdmin();
  const [{ t }, ticket] = await Promise.all([getTranslations(), getQueueTicket(db, (await params).id)]);
  return {
    title: ticket
      ? `${formatMessage(t.tickets.number, { number: ticket.number })} ${ticket.subject} · ${ticket.orgName}`
      : t.agency.tickets.title,
  };
}

export default async function QueueTicketPage({ params }: Props) {
  const { db, user } = await requireAdmin();
  const ticket = await getQueueTicket(db, (await params).id);
  if (!ticket) notFound();
  const [{ t, locale }, messages, staff] = await Promise.all([
    getTranslations(),
    getTicketMessages(db, ticket.orgId, ticket.id, { includeInternal: true }),
    getStaffOptions(db),
  ]);
  const copy = t.agency.ticket;
  const format = formatters(locale, ticket.timeZone);
  const now = new Date();
  const number = formatMessage(t.tickets.number, { number: ticket.number });
  return (
    <div className="grid gap-6">
      <PageHeader
        title={ticket.subject}
        breadcrumbs={[{ label: t.agency.tickets.title, href: "/admin/tickets" }, { label: number }]}
        breadcrumbsLabel={t.agency.breadcrumbsLabel}
        description={
          <span className="flex flex-wrap items-center gap-2">
            <span className="font-medium tabular-nums">{number}</span>
            <TicketStatusBadge status={ticket.status} t={t} />
            <TicketPriorityBadge priority={ticket.priority} t={t} />
          </span>
        }
      />
      <div className="grid items-start gap-6 lg:grid-cols-3">
        <Card
          title={t.tickets.conversation.title}
          description={format.plural(messages.length, t.tickets.conversation.count)}
          className="lg:col-span-2"
        >
          <div className="grid gap-6">
            <Conversation
              messages={messages}
              actingUserId={user.id}
              attachmentHref={(messageId, index) => `/admin/tickets/${ticket.id}/attachments/${messageId}/${index}`}
              t={t}
              format={format}
            />
            <ReplyForm
              action={replyAsStaff}
              slug={ticket.orgSlug}
              ticketId={ticket.id}
              waitingOnClient={false}
              label={copy.replyLabel}
              internalLabel={copy.internal}
            />
          </div>
        </Card>
        <div className="grid content-start gap-6">
          <Card title={t.tickets.sla.title}>
            <SlaStatus sla={firstResponseSla(ticket, now)} slaHours={ticket.slaHours} now={now} t={t} format={format} />
          </Card>
          <Card title={t.tickets.detail.facts}>
            <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              <dt className="text-fg-muted">{copy.client}</dt>
              <dd>
                <Link
                  href={`/admin/clients/${ticket.orgSlug}`}
                  className="font-medium text-accent-text hover:underline"
                >
                  {ticket.orgName}
                </Link>
              </dd>
              <dt className="text-fg-muted">{t.tickets.detail.openedBy}</dt>
              <dd>{ticket.createdByName ?? t.tickets.detail.someone}</dd>
              <dt className="text-fg-muted">{t.tickets.detail.openedAt}</dt>
              <dd>
                <time dateTime={ticket.createdAt.toISOString()}>{format.dateTime(ticket.createdAt)}</time>
              </dd>
            </dl>
          </Card>
          <Card title={copy.assignee}>
            <AssignForm staff={staff} current={ticket.assigneeId} submitLabel={t.agency.tickets.assign}>
              <input type="hidden" name="ticketIds[]" value={ticket.id} />
            </AssignForm>
          </Card>
          <Card title={copy.changeStatus}>
            <TicketStatusForm ticketId={ticket.id} status={ticket.status} />
          </Card>
        </div>
      </div>
    </div>
  );
}
