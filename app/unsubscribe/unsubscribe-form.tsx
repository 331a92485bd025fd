"use client";

import { useActionState } from "react";
import { idleState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";
import { unsubscribeFromEmails } from "@/src/leads/actions/unsubscribe-from-emails";

/** Asks before unsubscribing: mail scanners open links, so only the button press (a POST) counts. */
export function UnsubscribeForm({ token }: { token: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState(unsubscribeFromEmails, idleState);
  const invalid = state.status === "error" && state.error.code === "link_invalid";
  return (
    <div className="grid gap-4">
      <LiveMessage
        tone={state.status === "success" ? "success" : "error"}
        title={state.status === "success" ? t.unsubscribe.doneTitle : invalid ? t.unsubscribe.invalidTitle : undefined}
      >
        {state.status === "success"
          ? t.unsubscribe.doneBody
          : invalid
            ? t.unsubscribe.invalidBody
            : state.status === "error"
              ? state.error.message
              : null}
      </LiveMessage>
      {state.status === "success" || invalid ? null : (
        <form action={action} className="grid gap-4">
          <input type="hidden" name="token" value={token} />
          <SubmitButton>{t.unsubscribe.confirm}</SubmitButton>
        </form>
      )}
    </div>
  );
}
