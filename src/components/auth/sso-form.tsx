"use client";

import { useActionState } from "react";
import { idleState } from "../../actions/action-state";
import { signInWithSso } from "../../auth/actions/sign-in-with-sso";
import { useI18n } from "../../i18n/i18n-provider";
import { CaptchaField } from "../captcha/captcha-field";
import { buttonStyles } from "../ui/button-styles";
import { Icon } from "../ui/icons";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";
import { EmailField } from "./email-field";

/** Enterprise single sign-on, found by the domain of the work email; opens on demand to keep the page calm. */
export function SsoForm({ next }: { next: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState(signInWithSso, idleState);
  return (
    <details className="group" open={state.status === "error" || undefined}>
      <summary
        className={`${buttonStyles({ variant: "secondary", fullWidth: true })} cursor-pointer list-none [&::-webkit-details-marker]:hidden`}
      >
        <Icon name="key" className="size-4" />
        {t.auth.signIn.sso}
        <Icon name="chevronDown" className="size-4 transition-transform group-open:rotate-180" />
      </summary>
      <form action={action} noValidate className="mt-4 grid gap-4 rounded-lg border border-border p-4">
        <p className="text-sm text-fg-muted">{t.auth.signIn.ssoHint}</p>
        <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
        <input type="hidden" name="next" value={next} />
        <EmailField state={state} label={t.auth.signIn.ssoEmail} />
        <CaptchaField attempt={state} />
        <SubmitButton>{t.auth.signIn.ssoSubmit}</SubmitButton>
      </form>
    </details>
  );
}
