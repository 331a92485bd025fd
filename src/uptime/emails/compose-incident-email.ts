import "server-only";
import { and, asc, eq, gte } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { incidents, monitors, organizations, uptimeChecks } from "@/src/db/schema";
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
import { describeFailure } from "../monitoring/describe-failure";

const payloadSchema = z.object({ incidentId: z.uuid(), userId: z.uuid() });

/**
 * Turns a queued `uptime-incident-opened` or `uptime-incident-resolved` row into the notice to one owner or
 * admin at send time, in the organization's time zone. A deleted incident or monitor, or a recipient who is no
 * longer an owner or admin, gets nothing.
 */
export async function composeIncidentEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", `Malformed ${email.template} payload`);
  const [incident] = await serviceDb()
    .select({
      orgId: incidents.orgId,
      monitorId: incidents.monitorId,
      startedAt: incidents.startedAt,
      resolvedAt: incidents.resolvedAt,
      url: monitors.url,
      organization: organizations.name,
      slug: organizations.slug,
      timeZone: organizations.timeZone,
    })
    .from(incidents)
    .innerJoin(monitors, eq(monitors.id, incidents.monitorId))
    .innerJoin(organizations, eq(organizations.id, incidents.orgId))
    .where(eq(incidents.id, payload.data.incidentId));
  if (!incident) return { kind: "cancel", reason: "incident or monitor deleted" };
  const to = await adminAddress(incident.orgId, payload.data.userId);
  if (!to) return { kind: "cancel", reason: "recipient no longer an owner or admin" };

  const t = dictionaryFor(email.locale).monitoring;
  const format = formatters(email.locale, incident.timeZone);
  const actionUrl = appUrl(`/app/${incident.slug}/uptime`);
  const common = {
    locale: email.locale,
    brand: dictionaryFor(email.locale).common.appName,
    actionUrl,
    fallback: t.fallback,
  };
  const words = { url: incident.url, organization: incident.organization };

  if (email.template === "uptime-incident-resolved") {
    if (!incident.resolvedAt) return { kind: "cancel", reason: "incident reopened" };
    const minutes = Math.max(1, Math.round((incident.resolvedAt.getTime() - incident.startedAt.getTime()) / 60_000));
    const downtime = format.plural(minutes, t.minutes);
    const texts = t.incidentResolved;
    const { html, text } = await renderEmail(
      createElement(NoticeEmail, {
        ...common,
        preview: formatMessage(texts.preview, { ...words, downtime }),
        heading: formatMessage(texts.heading, words),
        intro: formatMessage(texts.intro, words),
        facts: [
          [texts.downtime, downtime],
          [texts.resolvedAt, format.dateTime(incident.resolvedAt)],
        ],
        actionLabel: texts.action,
        footer: formatMessage(texts.footer, words),
      }),
    );
    const subject = formatMessage(texts.subject, words);
    return { kind: "send", message: { to, subject, html, text, tags: { category: email.template } } };
  }

  const [firstFailure] = await serviceDb()
    .select({ error: uptimeChecks.error })
    .from(uptimeChecks)
    .where(and(eq(uptimeChecks.monitorId, incident.monitorId!), gte(uptimeChecks.checkedAt, incident.startedAt)))
    .orderBy(asc(uptimeChecks.checkedAt))
    .limit(1);
  const since = format.dateTime(incident.startedAt);
  const texts = t.incidentOpened;
  const { html, text } = await renderEmail(
    createElement(NoticeEmail, {
      ...common,
      preview: formatMessage(texts.preview, { ...words, since }),
      heading: formatMessage(texts.heading, words),
      intro: formatMessage(texts.intro, words),
      facts: [
        [texts.since, since],
        [texts.reason, describeFailure(firstFailure?.error ?? null, t.failureReasons)],
      ],
      actionLabel: texts.action,
      footer: formatMessage(texts.footer, words),
    }),
  );
  const subject = formatMessage(texts.subject, words);
  return { kind: "send", message: { to, subject, html, text, tags: { category: email.template } } };
}
