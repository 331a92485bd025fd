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
import { adminAddress } from "@/src/notifications/admin-address";

const measured = z.object({ performance: z.number().nullable(), lcpMs: z.number().nullable() });
const payloadSchema = z.object({
  runId: z.uuid(),
  userId: z.uuid(),
  kinds: z.array(z.enum(["score", "lcp"])).min(1),
  baseline: measured,
  current: measured,
});

/**
 * Turns a queued `performance-regression` row into the notice to one owner or admin at send time, in the
 * organization's language and time zone: which figure got worse, against the 7-day median the job compared
 * it with (kept in the row, as the median moves on). A run or domain deleted since, or a recipient who is no
 * longer an owner or admin, gets nothing.
 */
export async function composeRegressionEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", `Malformed ${email.template} payload`);
  const { runId, userId, kinds, baseline, current } = payload.data;
  const [run] = await serviceDb().execute<{
    org_id: string;
    url: string;
    measured_at: string;
    organization: string;
    slug: string;
    time_zone: string;
  }>(sql`
    select r.org_id, m.url, m.measured_at, o.name as organization, o.slug, o.time_zone
    from public.performance_runs r
    join public.performance_metrics m on m.run_id = r.id
    join public.organizations o on o.id = r.org_id
    where r.id = ${runId}`);
  if (!run) return { kind: "cancel", reason: "run or domain deleted" };
  const to = await adminAddress(run.org_id, userId);
  if (!to) return { kind: "cancel", reason: "recipient no longer an owner or admin" };

  const dictionary = dictionaryFor(email.locale);
  const texts = dictionary.performance.regression;
  const format = formatters(email.locale, run.time_zone);
  const words = { url: run.url, organization: run.organization, when: format.dateTime(run.measured_at) };
  const ms = (value: number | null) => (value === null ? "—" : `${format.number(Math.round(value))} ms`);
  const points = (value: number | null) => (value === null ? "—" : format.number(Math.round(value)));
  const facts: [string, string][] = [];
  if (kinds.includes("score")) {
    facts.push([
      texts.score,
      formatMessage(texts.change, { current: points(current.performance), baseline: points(baseline.performance) }),
    ]);
  }
  if (kinds.includes("lcp")) {
    facts.push([texts.lcp, formatMessage(texts.change, { current: ms(current.lcpMs), baseline: ms(baseline.lcpMs) })]);
  }
  const { html, text } = await renderEmail(
    createElement(NoticeEmail, {
      locale: email.locale,
      brand: dictionary.common.appName,
      actionUrl: appUrl(`/app/${run.slug}/performance`),
      fallback: texts.fallback,
      preview: formatMessage(texts.preview, words),
      heading: formatMessage(texts.heading, words),
      intro: formatMessage(texts.intro, words),
      facts,
      actionLabel: texts.action,
      footer: formatMessage(texts.footer, words),
    }),
  );
  const subject = formatMessage(texts.subject, words);
  return { kind: "send", message: { to, subject, html, text, tags: { category: email.template } } };
}
