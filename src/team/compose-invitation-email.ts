import "server-only";
import { eq } from "drizzle-orm";
import { createElement } from "react";
import { z } from "zod";
import { invitations, organizations, profiles } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import { EmailError } from "@/src/email/email-error";
import type { ComposedEmail, OutboxEmail } from "@/src/email/outbox/outbox-email";
import { InvitationEmail } from "@/src/email/templates/invitation-email";
import { renderEmail } from "@/src/email/templates/render-email";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { hashInvitationToken, invitationTokenFor, invitationUrl } from "./invitation-token";

const payloadSchema = z.object({ invitationId: z.uuid() });

/**
 * Turns a queued `invitation` row into the email as it should read at send time (the outbox runs this, as the
 * service role). The token is rebuilt from the invitation id — only its hash is stored — and checked against
 * that hash, so an invitation whose hash the app did not derive gets no working link. An invitation revoked,
 * replaced by a resend, accepted or lapsed since it was queued is not announced.
 */
export async function composeInvitationEmail(email: OutboxEmail): Promise<ComposedEmail> {
  const payload = payloadSchema.safeParse(email.payload);
  if (!payload.success) throw new EmailError("invalid_message", "Malformed invitation payload");
  const [invitation] = await serviceDb()
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      tokenHash: invitations.tokenHash,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      organization: organizations.name,
      timeZone: organizations.timeZone,
      inviter: profiles.fullName,
    })
    .from(invitations)
    .innerJoin(organizations, eq(organizations.id, invitations.orgId))
    .leftJoin(profiles, eq(profiles.id, invitations.invitedBy))
    .where(eq(invitations.id, payload.data.invitationId));
  if (!invitation) return { kind: "cancel", reason: "invitation revoked or replaced" };
  if (invitation.acceptedAt) return { kind: "cancel", reason: "invitation accepted" };
  if (invitation.expiresAt <= new Date()) return { kind: "cancel", reason: "invitation expired" };
  const token = invitationTokenFor(invitation.id);
  if (hashInvitationToken(token) !== invitation.tokenHash) {
    return { kind: "cancel", reason: "invitation token not issued by the app" };
  }

  const t = dictionaryFor(email.locale);
  const format = formatters(email.locale, invitation.timeZone);
  const role = t.workspace.roles[invitation.role].toLocaleLowerCase(email.locale);
  const words = { organization: invitation.organization, inviter: invitation.inviter ?? "" };
  const { html, text } = await renderEmail(
    createElement(InvitationEmail, {
      locale: email.locale,
      texts: t.team.email,
      brand: t.common.appName,
      organization: invitation.organization,
      inviter: invitation.inviter,
      role,
      email: invitation.email,
      acceptUrl: invitationUrl(token),
      validUntil: format.dateTime(invitation.expiresAt),
    }),
  );
  return {
    kind: "send",
    message: {
      to: invitation.email,
      subject: formatMessage(invitation.inviter ? t.team.email.subject : t.team.email.subjectNoInviter, words),
      html,
      text,
      tags: { category: "invitation" },
    },
  };
}
