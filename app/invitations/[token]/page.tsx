import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getVerifiedUser } from "@/src/auth/get-verified-user";
import { AuthCard } from "@/src/components/auth/auth-card";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { formatMessage } from "@/src/i18n/format-message";
import { formatters } from "@/src/i18n/formatters";
import { getTranslations } from "@/src/i18n/get-translations";
import { InvitationFrame } from "@/src/team/components/invitation-frame";
import { InvitationResponse } from "@/src/team/components/invitation-response";
import { InvitationSignOut } from "@/src/team/components/invitation-sign-out";
import { invitationPath, invitationTokenSchema } from "@/src/team/invitation-token";
import { getInvitationPreview } from "@/src/team/queries/get-invitation-preview";
import { visitorDb } from "@/src/team/visitor-db";

type Props = { params: Promise<{ token: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { t } = await getTranslations();
  // A personal link: keep it out of search results, and its token out of Referer headers.
  return {
    title: t.team.invitationPage.metaTitle,
    robots: { index: false, follow: false },
    referrer: "same-origin",
  };
}

/**
 * `/invitations/<token>`, opened from the invitation email, signed in or not: which organization invited which
 * address, by whom and until when. The invitee signs in (or up) with that address and accepts or declines;
 * someone signed in with another address is told so; a lapsed or used link says what happened, and an unknown
 * one (revoked, declined, replaced) is a 404 that explains itself.
 */
export default async function InvitationPage({ params }: Props) {
  const { token } = await params;
  if (!invitationTokenSchema.safeParse(token).success) notFound();
  const [{ t, locale }, user] = await Promise.all([getTranslations(), getVerifiedUser()]);
  const invitation = await getInvitationPreview(await visitorDb(user), token);
  if (!invitation) notFound();

  const copy = t.team.invitationPage;
  const format = formatters(locale);
  const organization = invitation.organizationName;
  const title = formatMessage(copy.title, { organization });
  const home = (
    <Link href="/" className="rounded font-medium text-accent-text underline">
      {copy.backHome}
    </Link>
  );

  if (invitation.state === "expired") {
    return (
      <InvitationFrame t={t}>
        <AuthCard title={copy.expiredTitle} subtitle={formatMessage(copy.expiredBody, { organization })} footer={home}>
          <Link href={user ? "/app" : "/"} className={buttonStyles({ variant: "secondary", fullWidth: true })}>
            {user ? copy.goToDashboard : copy.backHome}
          </Link>
        </AuthCard>
      </InvitationFrame>
    );
  }
  if (invitation.state === "accepted") {
    return (
      <InvitationFrame t={t}>
        <AuthCard
          title={copy.acceptedTitle}
          subtitle={formatMessage(copy.acceptedBody, { organization })}
          footer={home}
        >
          {invitation.organizationSlug ? (
            <Link href={`/app/${invitation.organizationSlug}`} className={buttonStyles({ fullWidth: true })}>
              {formatMessage(copy.openOrganization, { organization })}
            </Link>
          ) : (
            <Link href={user ? "/app" : "/sign-in"} className={buttonStyles({ variant: "secondary", fullWidth: true })}>
              {user ? copy.goToDashboard : t.common.signIn}
            </Link>
          )}
        </AuthCard>
      </InvitationFrame>
    );
  }

  const email = invitation.email ?? "";
  const role = t.workspace.roles[invitation.role].toLocaleLowerCase(locale);
  const summary = invitation.inviterName
    ? formatMessage(copy.byInviter, { inviter: invitation.inviterName, email, organization, role })
    : formatMessage(copy.noInviter, { email, organization, role });
  const back = new URLSearchParams({ next: invitationPath(token), email });

  return (
    <InvitationFrame t={t}>
      <AuthCard title={title} subtitle={summary} footer={home}>
        <div className="grid gap-5">
          <p className="text-sm text-fg-muted">
            {formatMessage(copy.validUntil, { date: format.dateTime(invitation.expiresAt) })}
          </p>
          {!user ? (
            <>
              <p className="text-sm font-medium">{formatMessage(copy.signInPrompt, { email })}</p>
              <div className="grid gap-3">
                <Link href={`/sign-in?${back}`} className={buttonStyles({ fullWidth: true })}>
                  {copy.signIn}
                </Link>
                <Link href={`/sign-up?${back}`} className={buttonStyles({ variant: "secondary", fullWidth: true })}>
                  {copy.signUp}
                </Link>
              </div>
            </>
          ) : invitation.forCaller ? (
            <>
              <p className="text-sm">{formatMessage(copy.signedInAs, { email: user.email })}</p>
              <InvitationResponse token={token} organization={organization} />
            </>
          ) : (
            <>
              <p className="rounded-lg border border-warning/30 bg-warning-soft px-4 py-3 text-sm">
                {formatMessage(copy.otherAccount, { current: user.email, email })}
              </p>
              <InvitationSignOut token={token} />
            </>
          )}
        </div>
      </AuthCard>
    </InvitationFrame>
  );
}
