import "server-only";
import { sql } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { serviceDb } from "@/src/db/service-client";
import { appUrl } from "@/src/email/app-url";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { NoticeEmail } from "@/src/email/templates/notice-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";

const payloadSchema = z.object({ userId: z.uuid() });

/**
 * Confirms a deletion request: when the account will be erased and the page where the person cancels it
 * (signed in: a link that cancelled by itself could be triggered by any mail scanner). Cancelled when the
 * request was withdrawn before the email left.
 */
export async function composeAccountDeletionEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed account-deletion payload");
  const [row] = await serviceDb().execute<{
    erase_after: string;
    cancelled_at: string | null;
    erased_at: string | null;
  }>(sql`
    select erase_after, cancelled_at, erased_at from public.account_deletions where user_id = ${payload.data.userId}`);
  if (!row || row.cancelled_at || row.erased_at) return { kind: "cancel", reason: "deletion withdrawn or done" };
  const dictionary = dictionaryFor(email.locale);
  const t = dictionary.privacy.deletionEmail;
  const words = { date: formatters(email.locale).dateTime(row.erase_after) };
  const { html, text } = await renderEmail(
    createElement(NoticeEmail, {
      locale: email.locale,
      brand: dictionary.common.appName,
      preview: formatMessage(t.preview, words),
      heading: formatMessage(t.heading, words),
      intro: formatMessage(t.intro, words),
      facts: [],
      actionLabel: t.action,
      actionUrl: appUrl("/account/privacy"),
      fallback: t.fallback,
      footer: t.footer,
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
