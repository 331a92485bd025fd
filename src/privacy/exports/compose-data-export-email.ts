import "server-only";
import { sql } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { serviceDb, serviceSupabase } from "@/src/db/service-client";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { NoticeEmail } from "@/src/email/templates/notice-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { dataExportsBucket } from "./data-exports-bucket";

const payloadSchema = z.object({ exportId: z.uuid() });

/**
 * The "your data export is ready" email: a signed download link that lasts until the export expires (7 days
 * from its build), made at send time so a late send never outlives the export. Cancelled when the export is no
 * longer ready.
 */
export async function composeDataExportEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed data-export-ready payload");
  const [row] = await serviceDb().execute<{
    scope: "account" | "organization";
    status: string;
    object_name: string | null;
    expires_at: string | null;
    organization: string | null;
    time_zone: string | null;
  }>(sql`
    select e.scope, e.status, e.object_name, e.expires_at, o.name as organization, o.time_zone
    from public.data_exports e left join public.organizations o on o.id = e.org_id
    where e.id = ${payload.data.exportId}`);
  if (!row || row.status !== "ready" || !row.object_name || !row.expires_at) {
    return { kind: "cancel", reason: "export gone or not ready" };
  }
  const expiresAt = new Date(row.expires_at);
  const seconds = Math.floor((expiresAt.getTime() - Date.now()) / 1000);
  if (seconds < 60) return { kind: "cancel", reason: "export expired" };
  const fileName = row.object_name.split("/").pop()!;
  const { data, error } = await serviceSupabase()
    .storage.from(dataExportsBucket)
    .createSignedUrl(row.object_name, seconds, { download: fileName });
  if (error || !data?.signedUrl) throw new EmailError("unreachable", "Signing the export link failed");

  const dictionary = dictionaryFor(email.locale);
  const t = dictionary.privacy.exportEmail;
  const format = formatters(email.locale, row.time_zone ?? "America/Sao_Paulo");
  const words = {
    subject: row.scope === "organization" ? (row.organization ?? "") : t.yourAccount,
    expires: format.dateTime(expiresAt),
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
      actionUrl: data.signedUrl,
      fallback: t.fallback,
      footer: formatMessage(t.footer, words),
    }),
  );
  return {
    kind: "send",
    message: {
      to: email.toEmail,
      subject: formatMessage(t.subject, words),
      html,
      text,
      tags: { category: email.template },
    },
  };
}
