import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { organizations, supportTickets, ticketMessages } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { TicketNewEmail } from "@/src/email/templates/ticket-new-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { oneLine, queueTicketUrl, staffAddress } from "./ticket-email-recipients";

const payloadSchema = z.object({ ticketId: z.uuid(), staffUserId: z.uuid() });

/** The agency works on São Paulo time, whatever the client's time zone. */
const AGENCY_TIME_ZONE = "America/Sao_Paulo";
const HOUR_MS = 3_600_000;

/**
 * Turns a queued `ticket-new` row into the email to one staff member at send time. The row is queued by the
 * ticket's insert; the description is the ticket's first message by its creator, written in the same
 * transaction by create-ticket and so readable here (a ticket opened without one is announced without it).
 * A deleted ticket, or a recipient who is staff no more, gets no email.
 */
export async function composeNewTicketEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed ticket-new payload");
  const [ticket] = await serviceDb()
    .select({
      id: supportTickets.id,
      number: supportTickets.number,
      subject: supportTickets.subject,
      priority: supportTickets.priority,
      createdBy: supportTickets.createdBy,
      createdAt: supportTickets.createdAt,
      slaHours: supportTickets.slaHours,
      organization: organizations.name,
      slug: organizations.slug,
      tier: organizations.tier,
    })
    .from(supportTickets)
    .innerJoin(organizations, eq(organizations.id, supportTickets.orgId))
    .where(eq(supportTickets.id, payload.data.ticketId));
  if (!ticket) return { kind: "cancel", reason: "ticket deleted" };
  const to = await staffAddress(payload.data.staffUserId);
  if (!to) return { kind: "cancel", reason: "recipient no longer staff" };
  const [description] = ticket.createdBy
    ? await serviceDb()
        .select({ body: ticketMessages.body })
        .from(ticketMessages)
        .where(
          and(
            eq(ticketMessages.ticketId, ticket.id),
            eq(ticketMessages.authorId, ticket.createdBy),
            eq(ticketMessages.isInternal, false),
          ),
        )
        .orderBy(asc(ticketMessages.createdAt), asc(ticketMessages.id))
        .limit(1)
    : [];

  const t = dictionaryFor(email.locale);
  const subject = oneLine(ticket.subject);
  const priority = t.tickets.priorities[ticket.priority];
  const tiers: Record<string, string> = t.workspace.tiers;
  const dueAt = ticket.slaHours === null ? null : new Date(ticket.createdAt.getTime() + ticket.slaHours * HOUR_MS);
  const words = { organization: ticket.organization, number: ticket.number, subject, priority };
  const { html, text } = await renderEmail(
    createElement(TicketNewEmail, {
      locale: email.locale,
      texts: t.tickets.emails,
      brand: t.common.appName,
      organization: ticket.organization,
      tier: tiers[ticket.tier] ?? ticket.tier,
      number: ticket.number,
      subject,
      priority,
      firstResponseDue: dueAt ? formatters(email.locale, AGENCY_TIME_ZONE).dateTime(dueAt) : null,
      description: description?.body ?? null,
      ticketUrl: queueTicketUrl(ticket.id),
    }),
  );
  return {
    kind: "send",
    message: {
      to,
      subject: formatMessage(t.tickets.emails.newTicket.subject, words),
      html,
      text,
      tags: { category: "ticket-new" },
    },
  };
}
