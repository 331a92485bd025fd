"use client";

import { useActionState } from "react";
import { fieldError, idleState } from "../../actions/action-state";
import { Card } from "../../components/ui/card";
import { LiveMessage } from "../../components/ui/live-message";
import { SubmitButton } from "../../components/ui/submit-button";
import { TextField } from "../../components/ui/text-field";
import { useI18n } from "../../i18n/i18n-provider";
import { confirmTotpFactor } from "../actions/confirm-totp-factor";
import { enrollTotpFactor, type PendingTotpFactor } from "../actions/enroll-totp-factor";

/**
 * Adding an authenticator app: a name, then the QR code (and the key as text) to scan, then the app's first
 * code, which confirms the factor. `next`: where a page that required the factor (the agency area) continues.
 */
export function EnrollTotp({ next }: { next?: string }) {
  const { t } = useI18n();
  const [started, start] = useActionState(enrollTotpFactor, idleState);
  return (
    <Card title={t.security.enroll.title}>
      {started.status === "success" ? (
        <ConfirmTotp pending={started.data} next={next} />
      ) : (
        <form action={start} noValidate className="grid gap-4 sm:max-w-sm">
          <LiveMessage tone="error">
            {started.status === "error" && !started.error.fields ? started.error.message : null}
          </LiveMessage>
          <TextField
            label={t.security.enroll.nameLabel}
            hint={t.security.enroll.nameHint}
            name="friendlyName"
            maxLength={120}
            autoComplete="off"
            error={fieldError(started, "friendlyName")}
          />
          <SubmitButton fullWidth={false}>{t.security.enroll.start}</SubmitButton>
        </form>
      )}
    </Card>
  );
}

function ConfirmTotp({ pending, next }: { pending: PendingTotpFactor; next?: string }) {
  const { t } = useI18n();
  const [state, confirm] = useActionState(confirmTotpFactor, idleState);
  if (state.status === "success") return <LiveMessage tone="success">{t.security.enroll.done}</LiveMessage>;
  return (
    <div className="grid gap-5">
      <p className="text-sm text-fg-muted">{t.security.enroll.scan}</p>
      <div className="flex flex-col gap-5 sm:flex-row sm:items-start">
        {/* eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URI from Supabase Auth */}
        <img
          src={pending.qrCode}
          alt={t.security.enroll.qrAlt}
          width={180}
          height={180}
          className="size-44 shrink-0 rounded-lg border border-border bg-white p-2"
        />
        <div className="grid min-w-0 gap-2">
          <p className="text-sm font-medium" id="totp-secret-label">
            {t.security.enroll.secretLabel}
          </p>
          <code
            aria-labelledby="totp-secret-label"
            data-testid="totp-secret"
            className="rounded-lg bg-surface-muted px-3 py-2 font-mono text-sm break-all"
          >
            {pending.secret}
          </code>
        </div>
      </div>
      <form action={confirm} noValidate className="grid gap-4 sm:max-w-sm">
        <LiveMessage tone="error">
          {state.status === "error" && !state.error.fields ? state.error.message : null}
        </LiveMessage>
        <input type="hidden" name="factorId" value={pending.factorId} />
        {next ? <input type="hidden" name="next" value={next} /> : null}
        <TextField
          label={t.security.enroll.codeLabel}
          name="code"
          inputMode="numeric"
          autoComplete="one-time-code"
          pattern="[0-9]*"
          maxLength={7}
          required
          error={fieldError(state, "code")}
          inputClassName="font-mono tracking-[0.4em]"
        />
        <SubmitButton fullWidth={false}>{t.security.enroll.confirm}</SubmitButton>
      </form>
    </div>
  );
}
