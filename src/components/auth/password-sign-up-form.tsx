"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "../../actions/action-state";
import { signUpWithPassword } from "../../auth/actions/sign-up-with-password";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function PasswordSignUpForm({ next }: { next: string }) {
  const { t } = useI18n();
  const copy = t.auth.signUp;
  const [state, action] = useActionState(signUpWithPassword, idleState);
  const sentTo = state.status === "success" ? state.data.email : null;
  return (
    <div className="grid gap-4">
      <LiveMessage tone={sentTo ? "success" : "error"} title={sentTo ? t.auth.sent.title : undefined}>
        {sentTo
          ? formatMessage(t.auth.sent.confirm, { email: sentTo })
          : state.status === "error"
            ? state.error.message
            : null}
      </LiveMessage>
      {sentTo ? null : (
        <form action={action} noValidate className="grid gap-4">
          <input type="hidden" name="next" value={next} />
          <TextField
            label={
              <>
                {copy.fullName} <span className="font-normal text-fg-muted">({copy.optional})</span>
              </>
            }
            name="fullName"
            autoComplete="name"
            defaultValue={submittedValue(state, "fullName")}
            error={fieldError(state, "fullName")}
          />
          <TextField
            label={t.common.email}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={submittedValue(state, "email")}
            error={fieldError(state, "email")}
          />
          <TextField
            label={t.common.password}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint={copy.passwordHint}
            error={fieldError(state, "password")}
          />
          <SubmitButton>{copy.passwordSubmit}</SubmitButton>
        </form>
      )}
    </div>
  );
}
