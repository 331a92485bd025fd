"use client";

import Link from "next/link";
import { useActionState } from "react";
import { idleState } from "../../actions/action-state";
import { confirmEmailLink } from "../../auth/actions/confirm-email-link";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";
import { LinkSignedInNotice } from "./link-signed-in-notice";

/**
 * The one button of /auth/confirm: the emailed link is only used when the person presses it (see
 * `confirmEmailLink`). A link this browser asked for then goes straight on; any other link stops here and
 * says which account it signed in to.
 */
export function ConfirmEmailLinkForm({ tokenHash, type, next }: { tokenHash: string; type: string; next: string }) {
  const { t } = useI18n();
  const copy = t.auth.confirm;
  const [state, action] = useActionState(confirmEmailLink, idleState);
  const signedInAs = state.status === "success" ? state.data.signedInAs : null;
  return (
    <div className="grid gap-4">
      <LiveMessage
        tone={signedInAs ? "success" : "error"}
        title={signedInAs ? formatMessage(copy.signedInAs, { email: signedInAs }) : undefined}
      >
        {signedInAs ? copy.notRequested : state.status === "error" ? state.error.message : null}
      </LiveMessage>
      {signedInAs ? (
        <LinkSignedInNotice email={signedInAs} next={state.status === "success" ? state.data.next : "/app"} />
      ) : state.status === "error" ? (
        <Link href="/sign-in" className="justify-self-start rounded text-sm font-medium text-accent-text underline">
          {copy.backToSignIn}
        </Link>
      ) : (
        <form action={action} className="grid gap-4">
          <input type="hidden" name="token_hash" value={tokenHash} />
          <input type="hidden" name="type" value={type} />
          <input type="hidden" name="next" value={next} />
          <p className="text-sm text-fg-muted">{copy.notice}</p>
          <SubmitButton>{copy.submit}</SubmitButton>
        </form>
      )}
    </div>
  );
}
