"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { acceptInvitation } from "../actions/accept-invitation";
import { declineInvitation } from "../actions/decline-invitation";

/**
 * The invitee's answer: accept (and land in the organization) or decline (and be told so). A refusal — the
 * invitation revoked meanwhile, the seat gone with a downgrade — is said above the buttons.
 */
export function InvitationResponse({ token, organization }: { token: string; organization: string }) {
  const { t } = useI18n();
  const copy = t.team.invitationPage;
  const [accepted, accept] = useActionState(acceptInvitation, idleState);
  const [declined, decline] = useActionState(declineInvitation, idleState);
  const failure = accepted.status === "error" ? accepted.error : declined.status === "error" ? declined.error : null;

  if (declined.status === "success") {
    return (
      <div className="grid gap-4">
        <LiveMessage tone="success" title={copy.declinedTitle}>
          {formatMessage(copy.declinedBody, { organization })}
        </LiveMessage>
        <Link href="/app" className={buttonStyles({ variant: "secondary" })}>
          {copy.goToDashboard}
        </Link>
      </div>
    );
  }
  return (
    <div className="grid gap-4">
      <LiveMessage tone="error">{failure?.message}</LiveMessage>
      <form action={accept}>
        <input type="hidden" name="token" value={token} />
        <SubmitButton>{copy.accept}</SubmitButton>
      </form>
      <form action={decline}>
        <input type="hidden" name="token" value={token} />
        <SubmitButton variant="secondary">{copy.decline}</SubmitButton>
      </form>
    </div>
  );
}
