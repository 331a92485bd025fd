import "server-only";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { domains, organizations } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { appUrl } from "@/src/email/app-url";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { NoticeEmail } from "@/src/email/templates/notice-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { adminAddress } from "@/src/notifications/admin-address";

const payloadSchema = z.object({
  domainId: z.uuid(),
  kind: z.enum(["ssl", "registration"]),
  /** The warning's threshold (30, 14, 7 or 1); the email says the days actually left when it is sent. */
  days: z.number().int().positive(),
  endsAt: z.iso.datetime(),
  userId: z.uuid(),
});

const DAY = 86_400_000;

/** Turns a queued `domain-expiry` row into the warning to one owner or admin; a deleted domain gets none. */
export async function composeDomainExpiryEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed domain-expiry payload");
  const { domainId, kind, endsAt, userId } = payload.data;
  const [domain] = await serviceDb()
    .select({
      orgId: domains.orgId,
      name: domains.name,
      organization: organizations.name,
      slug: organizations.slug,
      timeZone: organizations.timeZone,
    })
    .from(domains)
    .innerJoin(organizations, eq(organizations.id, domains.orgId))
    .where(eq(domains.id, domainId));
  if (!domain) return { kind: "cancel", reason: "domain deleted" };
  const to = await adminAddress(domain.orgId, userId);
  if (!to) return { kind: "cancel", reason: "recipient no longer an owner or admin" };

  const dictionary = dictionaryFor(email.locale);
  const t = dictionary.monitoring.domainExpiry;
  const format = formatters(email.locale, domain.timeZone);
  const daysLeft = Math.max(1, Math.ceil((new Date(endsAt).getTime() - Date.now()) / DAY));
  const words = {
    domain: domain.name,
    organization: domain.organization,
    days: format.plural(daysLeft, t.days),
    date: format.date(endsAt),
  };
  const texts = t[kind];
  const { html, text } = await renderEmail(
    createElement(NoticeEmail, {
      locale: email.locale,
      brand: dictionary.common.appName,
      preview: formatMessage(texts.intro, words),
      heading: formatMessage(texts.heading, words),
      intro: formatMessage(texts.intro, words),
      facts: [[t.endsOn, words.date]],
      actionLabel: t.action,
      actionUrl: appUrl(`/app/${domain.slug}/domains`),
      fallback: dictionary.monitoring.fallback,
      footer: formatMessage(t.footer, words),
    }),
  );
  const subject = formatMessage(texts.subject, words);
  return { kind: "send", message: { to, subject, html, text, tags: { category: email.template } } };
}
