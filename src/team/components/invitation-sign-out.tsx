"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";
import { signOutFromInvitation } from "../actions/sign-out-from-invitation";

/** Signed in with another address: sign out here and come back to the invitation. */
export function InvitationSignOut({ token }: { token: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState(signOutFromInvitation, idleState);
  return (
    <form action={action} className="grid gap-3">
      <input type="hidden" name="token" value={token} />
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <SubmitButton variant="secondary">{t.team.invitationPage.signOut}</SubmitButton>
    </form>
  );
}
