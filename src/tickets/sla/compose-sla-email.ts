import "server-only";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { organizations, supportTickets } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { NoticeEmail } from "@/src/email/templates/notice-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { oneLine, staffAddress, ticketUrl } from "../emails/ticket-email-recipients";

const payloadSchema = z.object({ ticketId: z.uuid(), staffUserId: z.uuid() });
/** The agency works on São Paulo time, whatever the client's time zone. */
const AGENCY_TIME_ZONE = "America/Sao_Paulo";
const HOUR_MS = 3_600_000;

/**
 * Turns a queued `ticket-sla-due` or `ticket-sla-breached` row into the warning to one staff member at send
 * time. A ticket answered (or deleted) meanwhile, or a recipient who left the agency, gets nothing.
 */
export async function composeSlaEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", `Malformed ${email.template} payload`);
  const [ticket] = await serviceDb()
    .select({
      id: supportTickets.id,
      number: supportTickets.number,
      subject: supportTickets.subject,
      createdAt: supportTickets.createdAt,
      slaHours: supportTickets.slaHours,
      firstResponseAt: supportTickets.firstResponseAt,
      organization: organizations.name,
      slug: organizations.slug,
    })
    .from(supportTickets)
    .innerJoin(organizations, eq(organizations.id, supportTickets.orgId))
    .where(eq(supportTickets.id, payload.data.ticketId));
  if (!ticket || ticket.slaHours === null) return { kind: "cancel", reason: "ticket deleted" };
  if (ticket.firstResponseAt) return { kind: "cancel", reason: "ticket answered meanwhile" };
  const to = await staffAddress(payload.data.staffUserId);
  if (!to) return { kind: "cancel", reason: "recipient no longer staff" };

  const dictionary = dictionaryFor(email.locale);
  const t = dictionary.monitoring;
  const texts = email.template === "ticket-sla-breached" ? t.slaBreached : t.slaDue;
  const due = formatters(email.locale, AGENCY_TIME_ZONE).dateTime(
    new Date(ticket.createdAt.getTime() + ticket.slaHours * HOUR_MS),
  );
  const words = { number: ticket.number, subject: oneLine(ticket.subject), organization: ticket.organization, due };
  const { html, text } = await renderEmail(
    createElement(NoticeEmail, {
      locale: email.locale,
      brand: dictionary.common.appName,
      preview: formatMessage(texts.preview, words),
      heading: formatMessage(texts.heading, words),
      intro: formatMessage(texts.intro, words),
      facts: [
        [t.sla.organization, ticket.organization],
        [t.sla.due, due],
      ],
      actionLabel: t.sla.action,
      actionUrl: ticketUrl(ticket.slug, ticket.id),
      fallback: t.fallback,
      footer: texts.footer,
    }),
  );
  const subject = formatMessage(texts.subject, words);
  return { kind: "send", message: { to, subject, html, text, tags: { category: email.template } } };
}
