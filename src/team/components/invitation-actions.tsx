"use client";

import { useActionState, useRef, useState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { resendInvitation } from "../actions/resend-invitation";
import { revokeInvitation } from "../actions/revoke-invitation";
import { TeamActionDialog } from "./team-action-dialog";
import { useTeamNotice } from "./team-notices";

/** "Resend" (a new link and expiry, at once) and "Revoke" (after a confirmation) for one pending invitation. */
export function InvitationActions({ slug, invitation }: { slug: string; invitation: { id: string; email: string } }) {
  const { t } = useI18n();
  const copy = t.team;
  const words = { email: invitation.email };
  const announce = useTeamNotice();
  const [revoking, setRevoking] = useState(false);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const [resent, resend] = useActionState<ActionState<unknown>, FormData>(async (previous, formData) => {
    const answer = await resendInvitation(previous as ActionState<{ email: string }>, formData);
    if (answer.status === "success") announce(formatMessage(copy.invitations.resent, words));
    return answer;
  }, idleState);

  return (
    <div className="grid justify-items-end gap-2">
      <div className="flex flex-wrap justify-end gap-2">
        <form action={resend}>
          <input type="hidden" name="org" value={slug} />
          <input type="hidden" name="id" value={invitation.id} />
          <SubmitButton variant="secondary" fullWidth={false}>
            {copy.invitations.resend}
            <span className="sr-only"> {invitation.email}</span>
          </SubmitButton>
        </form>
        <button
          ref={revokeButton}
          type="button"
          onClick={() => setRevoking(true)}
          className={buttonStyles({ variant: "ghost" })}
        >
          {copy.invitations.revoke}
          <span className="sr-only"> {invitation.email}</span>
        </button>
      </div>
      {resent.status === "error" ? (
        <p role="alert" className="max-w-xs text-right text-xs font-medium text-danger">
          {resent.error.message}
        </p>
      ) : null}
      {revoking ? (
        <TeamActionDialog
          open
          onOpenChange={setRevoking}
          action={revokeInvitation}
          fields={{ org: slug, id: invitation.id }}
          title={formatMessage(copy.confirm.revoke.title, words)}
          description={copy.confirm.revoke.body}
          confirm={copy.confirm.revoke.confirm}
          variant="danger"
          done={formatMessage(copy.invitations.revoked, words)}
          onCloseFocus={() => revokeButton.current?.focus()}
        />
      ) : null}
    </div>
  );
}
