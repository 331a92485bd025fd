"use client";

import { useActionState } from "react";
import { fieldError, idleState } from "../../actions/action-state";
import { LiveMessage } from "../../components/ui/live-message";
import { SubmitButton } from "../../components/ui/submit-button";
import { TextField } from "../../components/ui/text-field";
import { useI18n } from "../../i18n/i18n-provider";
import { verifySecondFactor } from "../actions/verify-second-factor";

/** The second sign-in step: the authenticator's current code; success redirects inside the action. */
export function SecondStepForm({ next }: { next: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState(verifySecondFactor, idleState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <LiveMessage tone="error">
        {state.status === "error" && !state.error.fields ? state.error.message : null}
      </LiveMessage>
      <input type="hidden" name="next" value={next} />
      <TextField
        label={t.security.secondStep.codeLabel}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={7}
        required
        autoFocus
        error={fieldError(state, "code")}
        inputClassName="font-mono tracking-[0.4em]"
      />
      <SubmitButton>{t.security.secondStep.submit}</SubmitButton>
    </form>
  );
}
