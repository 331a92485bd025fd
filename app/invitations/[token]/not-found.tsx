import Link from "next/link";
import { AuthCard } from "@/src/components/auth/auth-card";
import { getTranslations } from "@/src/i18n/get-translations";
import { InvitationFrame } from "@/src/team/components/invitation-frame";

/** A token that names no invitation (never sent, revoked, declined or replaced by a resend), answered 404. */
export default async function InvitationNotFound() {
  const { t } = await getTranslations();
  const copy = t.team.invitationPage;
  return (
    <InvitationFrame t={t}>
      <AuthCard
        title={copy.invalidTitle}
        subtitle={copy.invalidBody}
        footer={
          <Link href="/" className="rounded font-medium text-accent-text underline">
            {copy.backHome}
          </Link>
        }
      >
        <Link href="/app" className="font-medium text-accent-text underline">
          {copy.goToDashboard}
        </Link>
      </AuthCard>
    </InvitationFrame>
  );
}
