"use client";

import Link from "next/link";
import { useActionState } from "react";
import { fieldError, idleState } from "../../actions/action-state";
import { signInWithPassword } from "../../auth/actions/sign-in-with-password";
import { useI18n } from "../../i18n/i18n-provider";
import { CaptchaField } from "../captcha/captcha-field";
import { LiveMessage } from "../ui/live-message";
import { SubmitButton } from "../ui/submit-button";
import { EmailField } from "./email-field";
import { TextField } from "../ui/text-field";

export function PasswordSignInForm({ next, email }: { next: string; email?: string }) {
  const { t } = useI18n();
  const [state, action] = useActionState(signInWithPassword, idleState);
  return (
    <form action={action} noValidate className="grid gap-4">
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <input type="hidden" name="next" value={next} />
      <EmailField state={state} defaultValue={email} />
      <TextField
        label={t.common.password}
        name="password"
        type="password"
        autoComplete="current-password"
        required
        error={fieldError(state, "password")}
      />
      <CaptchaField attempt={state} />
      <SubmitButton>{t.auth.signIn.passwordSubmit}</SubmitButton>
      <Link
        href="/forgot-password"
        className="justify-self-start rounded text-sm font-medium text-accent-text underline"
      >
        {t.auth.signIn.forgotPassword}
      </Link>
    </form>
  );
}
