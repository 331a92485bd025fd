"use client";

import { useActionState } from "react";
import { fieldError, idleState } from "../../actions/action-state";
import { verifyEmailCode } from "../../auth/actions/verify-email-code";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";
import { RestartButton } from "./restart-button";

/** Second step of code sign-in: the 6-digit code from the email; success redirects inside the action. */
export function VerifyCodeForm({ email, next, restart }: { email: string; next: string; restart: () => void }) {
  const { t } = useI18n();
  const [state, action] = useActionState(verifyEmailCode, idleState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <input type="hidden" name="email" value={email} />
      <input type="hidden" name="next" value={next} />
      <TextField
        label={t.auth.signIn.codeLabel}
        name="token"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]*"
        maxLength={6}
        required
        autoFocus
        hint={formatMessage(t.auth.signIn.codeFieldHint, { email })}
        error={fieldError(state, "token")}
        inputClassName="font-mono tracking-[0.4em]"
      />
      <SubmitButton>{t.auth.signIn.codeSubmit}</SubmitButton>
      <RestartButton onClick={restart} />
    </form>
  );
}
