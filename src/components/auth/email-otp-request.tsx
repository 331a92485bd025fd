"use client";

import { useActionState, useState, type ReactNode } from "react";
import { idleState } from "../../actions/action-state";
import { requestEmailOtp } from "../../auth/actions/request-email-otp";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { CaptchaField } from "../captcha/captcha-field";
import { SubmitButton } from "../ui/submit-button";
import { EmailField } from "./email-field";
import { EmailSentMessage } from "./email-sent-message";
import { RestartButton } from "./restart-button";
import type { SignUpPrefill } from "./sign-up-prefill";

interface EmailOtpRequestProps {
  next: string;
  hint: string;
  submitLabel: string;
  /** What replaces the form once the email is sent (the code entry, or nothing for a magic link). */
  afterSent?: (email: string, restart: () => void) => ReactNode;
  prefill?: SignUpPrefill;
}

/** Asks for an email and sends it a magic link plus a 6-digit code; "use another email" starts over. */
export function EmailOtpRequest(props: EmailOtpRequestProps) {
  const [attempt, setAttempt] = useState(0);
  return <EmailOtpRequestAttempt key={attempt} {...props} restart={() => setAttempt((n) => n + 1)} />;
}

function EmailOtpRequestAttempt({
  next,
  hint,
  submitLabel,
  afterSent,
  prefill,
  restart,
}: EmailOtpRequestProps & { restart: () => void }) {
  const { t } = useI18n();
  const [state, action] = useActionState(requestEmailOtp, idleState);
  const sentTo = state.status === "success" ? state.data.email : null;
  return (
    <div className="grid gap-4">
      <EmailSentMessage state={state} sentText={(email) => formatMessage(t.auth.sent.linkAndCode, { email })} />
      {sentTo ? (
        (afterSent?.(sentTo, restart) ?? <RestartButton onClick={restart} />)
      ) : (
        <form action={action} noValidate className="grid gap-4">
          <p className="text-sm text-fg-muted">{hint}</p>
          <input type="hidden" name="next" value={next} />
          {prefill?.analysisId ? <input type="hidden" name="analysisId" value={prefill.analysisId} /> : null}
          <EmailField state={state} defaultValue={prefill?.email} />
          <CaptchaField attempt={state} />
          <SubmitButton>{submitLabel}</SubmitButton>
        </form>
      )}
    </div>
  );
}
