import "server-only";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { organizations, supportTickets } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { TicketResolvedEmail } from "@/src/email/templates/ticket-resolved-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { reopenWindow } from "../reopen-window";
import { creatorAddress, oneLine, ticketUrl } from "./ticket-email-recipients";

/** `resolvedAt`: the resolution it announces, in whole seconds since the epoch (as in its idempotency key). */
const payloadSchema = z.object({ ticketId: z.uuid(), resolvedAt: z.number().int() });

/**
 * Turns a queued `ticket-resolved` row into the email to the ticket's creator at send time, with the end of
 * the 14-day reopening window in the organization's time zone. A ticket deleted, or reopened since (its
 * resolution is not the one queued), or whose creator left the organization, gets no email.
 */
export async function composeTicketResolvedEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed ticket-resolved payload");
  const [ticket] = await serviceDb()
    .select({
      id: supportTickets.id,
      orgId: supportTickets.orgId,
      number: supportTickets.number,
      subject: supportTickets.subject,
      status: supportTickets.status,
      resolvedAt: supportTickets.resolvedAt,
      createdBy: supportTickets.createdBy,
      organization: organizations.name,
      slug: organizations.slug,
      timeZone: organizations.timeZone,
    })
    .from(supportTickets)
    .innerJoin(organizations, eq(organizations.id, supportTickets.orgId))
    .where(eq(supportTickets.id, payload.data.ticketId));
  if (!ticket) return { kind: "cancel", reason: "ticket deleted" };
  if (!ticket.resolvedAt || Math.floor(ticket.resolvedAt.getTime() / 1000) !== payload.data.resolvedAt) {
    return { kind: "cancel", reason: "ticket reopened since" };
  }
  const window = reopenWindow(ticket);
  if (!window.applies) return { kind: "cancel", reason: "ticket reopened since" };
  const to = await creatorAddress(ticket.orgId, ticket.createdBy);
  if (!to) return { kind: "cancel", reason: "ticket creator no longer a member" };

  const t = dictionaryFor(email.locale);
  const subject = oneLine(ticket.subject);
  const { html, text } = await renderEmail(
    createElement(TicketResolvedEmail, {
      locale: email.locale,
      texts: t.tickets.emails,
      brand: t.common.appName,
      organization: ticket.organization,
      number: ticket.number,
      subject,
      reopenUntil: formatters(email.locale, ticket.timeZone).dateTime(window.until),
      ticketUrl: ticketUrl(ticket.slug, ticket.id),
    }),
  );
  return {
    kind: "send",
    message: {
      to,
      subject: formatMessage(t.tickets.emails.resolved.subject, { number: ticket.number, subject }),
      html,
      text,
      tags: { category: "ticket-resolved" },
    },
  };
}
