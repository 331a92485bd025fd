"use client";

import { useActionState } from "react";
import { fieldError, idleState, submittedValue } from "../../actions/action-state";
import { signUpWithPassword } from "../../auth/actions/sign-up-with-password";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { CaptchaField } from "../captcha/captcha-field";
import { SubmitButton } from "../ui/submit-button";
import { EmailField } from "./email-field";
import { EmailSentMessage } from "./email-sent-message";
import { TextField } from "../ui/text-field";
import type { SignUpPrefill } from "./sign-up-prefill";

export function PasswordSignUpForm({ next, prefill }: { next: string; prefill?: SignUpPrefill }) {
  const { t } = useI18n();
  const copy = t.auth.signUp;
  const [state, action] = useActionState(signUpWithPassword, idleState);
  const sentTo = state.status === "success" ? state.data.email : null;
  return (
    <div className="grid gap-4">
      <EmailSentMessage state={state} sentText={(email) => formatMessage(t.auth.sent.confirm, { email })} />
      {sentTo ? null : (
        <form action={action} noValidate className="grid gap-4">
          <input type="hidden" name="next" value={next} />
          {prefill?.analysisId ? <input type="hidden" name="analysisId" value={prefill.analysisId} /> : null}
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
          <EmailField state={state} defaultValue={prefill?.email} />
          <TextField
            label={t.common.password}
            name="password"
            type="password"
            autoComplete="new-password"
            required
            hint={copy.passwordHint}
            error={fieldError(state, "password")}
          />
          <CaptchaField attempt={state} />
          <SubmitButton>{copy.passwordSubmit}</SubmitButton>
        </form>
      )}
    </div>
  );
}
