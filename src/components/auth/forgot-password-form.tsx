"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "../../actions/action-state";
import { requestPasswordReset } from "../../auth/actions/request-password-reset";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";
import { TextField } from "../ui/text-field";

export function ForgotPasswordForm() {
  const { t } = useI18n();
  const [state, action] = useActionState(requestPasswordReset, idleState);
  const sentTo = state.status === "success" ? state.data.email : null;
  return (
    <div className="grid gap-4">
      <LiveMessage tone={sentTo ? "success" : "error"} title={sentTo ? t.auth.sent.title : undefined}>
        {sentTo
          ? formatMessage(t.auth.sent.reset, { email: sentTo })
          : state.status === "error"
            ? state.error.message
            : null}
      </LiveMessage>
      {sentTo ? null : (
        <form action={action} noValidate className="grid gap-4">
          <TextField
            label={t.common.email}
            name="email"
            type="email"
            autoComplete="email"
            required
            defaultValue={submittedValue(state, "email")}
            error={fieldError(state, "email")}
          />
          <SubmitButton>{t.auth.forgot.submit}</SubmitButton>
        </form>
      )}
    </div>
  );
}
