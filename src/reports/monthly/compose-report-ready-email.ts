import "server-only";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { organizations, reports } from "@/src/db/schema";
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
import { reportMonth } from "../report-figures";

const payloadSchema = z.object({ reportId: z.uuid(), userId: z.uuid() });

/** Turns a queued `report-ready` row into the email to one owner or admin, linking to the report's page. */
export async function composeReportReadyEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed report-ready payload");
  const [report] = await serviceDb()
    .select({
      id: reports.id,
      orgId: reports.orgId,
      period: reports.period,
      status: reports.status,
      organization: organizations.name,
      slug: organizations.slug,
      timeZone: organizations.timeZone,
    })
    .from(reports)
    .innerJoin(organizations, eq(organizations.id, reports.orgId))
    .where(eq(reports.id, payload.data.reportId));
  if (!report || report.status !== "ready") return { kind: "cancel", reason: "report gone or not ready" };
  const to = await adminAddress(report.orgId, payload.data.userId);
  if (!to) return { kind: "cancel", reason: "recipient no longer an owner or admin" };

  const dictionary = dictionaryFor(email.locale);
  const t = dictionary.monitoring.reportReady;
  const words = {
    organization: report.organization,
    month: reportMonth(formatters(email.locale, report.timeZone))(String(report.period)),
  };
  const { html, text } = await renderEmail(
    createElement(NoticeEmail, {
      locale: email.locale,
      brand: dictionary.common.appName,
      preview: formatMessage(t.preview, words),
      heading: formatMessage(t.heading, words),
      intro: formatMessage(t.intro, words),
      facts: [],
      actionLabel: t.action,
      actionUrl: appUrl(`/app/${report.slug}/reports/${report.id}`),
      fallback: dictionary.monitoring.fallback,
      footer: formatMessage(t.footer, words),
    }),
  );
  const subject = formatMessage(t.subject, words);
  return { kind: "send", message: { to, subject, html, text, tags: { category: email.template } } };
}
