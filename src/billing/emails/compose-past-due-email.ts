import "server-only";
import { and, eq } from "drizzle-orm";
import { authUsers } from "drizzle-orm/supabase";
import { createElement } from "react";
import { z } from "zod";
import { memberships, organizations, subscriptions } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { appUrl } from "@/src/email/app-url";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { PastDueEmail } from "@/src/email/templates/past-due-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";

const payloadSchema = z.object({ subscriptionId: z.uuid(), userId: z.uuid() });

/**
 * Turns a queued `billing-past-due` row into the email to one owner at send time. Nothing goes out when the
 * charge went through meanwhile (the subscription is no longer past due) or the person is no longer an owner.
 */
export async function composePastDueEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed billing-past-due payload");
  const [row] = await serviceDb()
    .select({
      status: subscriptions.status,
      planKey: subscriptions.planKey,
      organization: organizations.name,
      slug: organizations.slug,
      to: authUsers.email,
    })
    .from(subscriptions)
    .innerJoin(organizations, eq(organizations.id, subscriptions.orgId))
    .leftJoin(
      memberships,
      and(
        eq(memberships.orgId, subscriptions.orgId),
        eq(memberships.userId, payload.data.userId),
        eq(memberships.role, "owner"),
        eq(memberships.status, "accepted"),
      ),
    )
    .leftJoin(authUsers, eq(authUsers.id, memberships.userId))
    .where(eq(subscriptions.id, payload.data.subscriptionId));
  if (!row) return { kind: "cancel", reason: "subscription deleted" };
  if (row.status !== "past_due" && row.status !== "unpaid") return { kind: "cancel", reason: "paid since" };
  if (!row.to) return { kind: "cancel", reason: "no longer an owner" };

  const t = dictionaryFor(email.locale);
  const plan = t.workspace.tiers[row.planKey as keyof typeof t.workspace.tiers] ?? row.planKey;
  const { html, text } = await renderEmail(
    createElement(PastDueEmail, {
      locale: email.locale,
      texts: t.billing.emails,
      brand: t.common.appName,
      organization: row.organization,
      plan,
      billingUrl: appUrl(`/app/${row.slug}/billing`),
    }),
  );
  return {
    kind: "send",
    message: {
      to: row.to,
      subject: formatMessage(t.billing.emails.pastDue.subject, { organization: row.organization }),
      html,
      text,
      tags: { category: "billing-past-due" },
    },
  };
}
