"use client";

import Link from "next/link";
import { useActionState } from "react";
import { fieldError, idleState } from "../../actions/action-state";
import { updatePassword } from "../../auth/actions/update-password";
import { useI18n } from "../../i18n/i18n-provider";
import { buttonStyles } from "../ui/button-styles";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function ResetPasswordForm() {
  const { t } = useI18n();
  const copy = t.auth.reset;
  const [state, action] = useActionState(updatePassword, idleState);
  const done = state.status === "success";
  return (
    <div className="grid gap-4">
      <LiveMessage tone={done ? "success" : "error"}>
        {done ? copy.done : state.status === "error" ? state.error.message : null}
      </LiveMessage>
      {done ? (
        <Link href="/app" className={buttonStyles({ fullWidth: true })}>
          {copy.toDashboard}
        </Link>
      ) : (
        <form action={action} noValidate className="grid gap-4">
          <TextField
            label={copy.newPassword}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint={t.auth.signUp.passwordHint}
            error={fieldError(state, "password")}
          />
          <TextField
            label={copy.confirmPassword}
            name="confirmPassword"
            type="password"
            autoComplete="new-password"
            required
            error={fieldError(state, "confirmPassword")}
          />
          <SubmitButton>{copy.submit}</SubmitButton>
        </form>
      )}
    </div>
  );
}
