"use client";

import { useActionState } from "react";
import { idleState } from "../../actions/action-state";
import { signOut } from "../../auth/actions/sign-out";
import { LiveMessage } from "../../components/ui/live-message";
import { useI18n } from "../../i18n/i18n-provider";

/** A way out of the second step for someone at the wrong account (or without their phone). */
export function SignOutInstead() {
  const { t } = useI18n();
  const [state, action] = useActionState(signOut, idleState);
  return (
    <form action={action} className="inline">
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <button type="submit" className="rounded font-medium text-accent-text underline">
        {t.security.secondStep.otherAccount}
      </button>
    </form>
  );
}
