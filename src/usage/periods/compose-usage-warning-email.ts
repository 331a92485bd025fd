import "server-only";
import { and, eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { organizations, usagePeriods } from "@/src/db/schema";
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
  orgId: z.uuid(),
  period: z.string().regex(/^\d{4}-\d{2}$/),
  limitKey: z.enum(["tickets_per_month", "storage_bytes"]),
  userId: z.uuid(),
});

/** Turns a queued `usage-warning` row into the notice to one owner, from the closed month as recorded. */
export async function composeUsageWarningEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed usage-warning payload");
  const { orgId, period, limitKey, userId } = payload.data;
  const [row] = await serviceDb()
    .select({
      orgId: usagePeriods.orgId,
      tickets: usagePeriods.tickets,
      bytesStored: usagePeriods.bytesStored,
      limits: usagePeriods.limits,
      tier: usagePeriods.tier,
      organization: organizations.name,
      slug: organizations.slug,
    })
    .from(usagePeriods)
    .innerJoin(organizations, eq(organizations.id, usagePeriods.orgId))
    .where(and(eq(usagePeriods.orgId, orgId), eq(usagePeriods.period, period)));
  const max = row?.limits[limitKey];
  if (!row || typeof max !== "number" || max <= 0) return { kind: "cancel", reason: "no such closed month" };
  const to = await adminAddress(row.orgId, userId);
  if (!to) return { kind: "cancel", reason: "recipient no longer an owner" };

  const dictionary = dictionaryFor(email.locale);
  const t = dictionary.monitoring.usageWarning;
  const format = formatters(email.locale, "UTC");
  const amount = limitKey === "storage_bytes" ? format.bytes : format.number;
  const usedValue = limitKey === "storage_bytes" ? row.bytesStored : row.tickets;
  const tiers: Record<string, string> = dictionary.workspace.tiers;
  const words = {
    organization: row.organization,
    limit: t.limits[limitKey],
    month: new Intl.DateTimeFormat(email.locale, { month: "long", year: "numeric", timeZone: "UTC" }).format(
      new Date(`${period}-15T00:00:00Z`),
    ),
    percent: format.percent(usedValue / max),
    used: amount(usedValue),
    max: amount(max),
    plan: tiers[row.tier] ?? row.tier,
  };
  const { html, text } = await renderEmail(
    createElement(NoticeEmail, {
      locale: email.locale,
      brand: dictionary.common.appName,
      preview: formatMessage(t.preview, words),
      heading: formatMessage(t.heading, words),
      intro: formatMessage(t.intro, words),
      facts: [
        [t.used, words.used],
        [t.max, words.max],
      ],
      actionLabel: t.action,
      actionUrl: appUrl(`/app/${row.slug}/billing`),
      fallback: dictionary.monitoring.fallback,
      footer: formatMessage(t.footer, words),
    }),
  );
  const subject = formatMessage(t.subject, words);
  return { kind: "send", message: { to, subject, html, text, tags: { category: email.template } } };
}
