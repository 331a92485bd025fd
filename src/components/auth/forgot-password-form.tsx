"use client";

import { useActionState } from "react";
import { idleState } from "../../actions/action-state";
import { requestPasswordReset } from "../../auth/actions/request-password-reset";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { CaptchaField } from "../captcha/captcha-field";
import { SubmitButton } from "../ui/submit-button";
import { EmailField } from "./email-field";
import { EmailSentMessage } from "./email-sent-message";

export function ForgotPasswordForm() {
  const { t } = useI18n();
  const [state, action] = useActionState(requestPasswordReset, idleState);
  const sentTo = state.status === "success" ? state.data.email : null;
  return (
    <div className="grid gap-4">
      <EmailSentMessage state={state} sentText={(email) => formatMessage(t.auth.sent.reset, { email })} />
      {sentTo ? null : (
        <form action={action} noValidate className="grid gap-4">
          <EmailField state={state} />
          <CaptchaField attempt={state} />
          <SubmitButton>{t.auth.forgot.submit}</SubmitButton>
        </form>
      )}
    </div>
  );
}
