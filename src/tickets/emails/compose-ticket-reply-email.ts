import "server-only";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { organizations, supportTickets, ticketMessages } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { TicketReplyEmail } from "@/src/email/templates/ticket-reply-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { creatorAddress, oneLine, ticketUrl } from "./ticket-email-recipients";

const payloadSchema = z.object({ ticketId: z.uuid(), messageId: z.uuid() });

/**
 * Turns a queued `ticket-reply` row into the email to the ticket's creator as it should read at send time
 * (the outbox runs this, as the service role): the reply's current text, the ticket's current subject. A reply
 * deleted or turned into an internal note since, a deleted ticket, or a creator who left the organization is
 * not announced.
 */
export async function composeTicketReplyEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed ticket-reply payload");
  const [reply] = await serviceDb()
    .select({
      body: ticketMessages.body,
      isInternal: ticketMessages.isInternal,
      ticketId: supportTickets.id,
      orgId: supportTickets.orgId,
      number: supportTickets.number,
      subject: supportTickets.subject,
      createdBy: supportTickets.createdBy,
      organization: organizations.name,
      slug: organizations.slug,
    })
    .from(ticketMessages)
    .innerJoin(supportTickets, eq(supportTickets.id, ticketMessages.ticketId))
    .innerJoin(organizations, eq(organizations.id, supportTickets.orgId))
    .where(eq(ticketMessages.id, payload.data.messageId));
  if (!reply) return { kind: "cancel", reason: "reply or ticket deleted" };
  if (reply.isInternal) return { kind: "cancel", reason: "reply made internal" };
  const to = await creatorAddress(reply.orgId, reply.createdBy);
  if (!to) return { kind: "cancel", reason: "ticket creator no longer a member" };

  const t = dictionaryFor(email.locale);
  const subject = oneLine(reply.subject);
  const { html, text } = await renderEmail(
    createElement(TicketReplyEmail, {
      locale: email.locale,
      texts: t.tickets.emails,
      brand: t.common.appName,
      organization: reply.organization,
      number: reply.number,
      subject,
      body: reply.body,
      ticketUrl: ticketUrl(reply.slug, reply.ticketId),
    }),
  );
  return {
    kind: "send",
    message: {
      to,
      subject: formatMessage(t.tickets.emails.reply.subject, { number: reply.number, subject }),
      html,
      text,
      tags: { category: "ticket-reply" },
    },
  };
}
