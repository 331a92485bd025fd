"use client";

import { useActionState, useRef, useState, type ReactNode } from "react";
import { idleState } from "../../actions/action-state";
import { buttonStyles } from "../../components/ui/button-styles";
import { ConfirmDialog } from "../../components/ui/confirm-dialog";
import { LiveMessage } from "../../components/ui/live-message";
import { StatusBadge } from "../../components/ui/status-badge";
import { SubmitButton } from "../../components/ui/submit-button";
import { formatMessage } from "../../i18n/format-message";
import { useI18n } from "../../i18n/i18n-provider";
import { removeFactor } from "../actions/remove-factor";
import type { FactorView } from "../queries/get-factors";

/** The account's authenticator apps, each with its state and a way to remove it (after a confirmation). */
export function FactorList({ factors }: { factors: FactorView[] }) {
  const { t, locale } = useI18n();
  const date = new Intl.DateTimeFormat(locale, { dateStyle: "medium" });
  return (
    <ul className="divide-y divide-border">
      {factors.map((factor) => (
        <li key={factor.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
          <div className="min-w-0">
            <p className="flex flex-wrap items-center gap-2 font-medium">
              <span className="truncate">{factor.name ?? t.security.page.unnamed}</span>
              <StatusBadge tone={factor.verified ? "success" : "warning"}>
                {factor.verified ? t.security.page.verified : t.security.page.unverified}
              </StatusBadge>
            </p>
            <p className="text-sm text-fg-muted">
              {formatMessage(t.security.page.addedOn, { date: date.format(new Date(factor.createdAt)) })}
            </p>
          </div>
          <RemoveFactor factor={factor} />
        </li>
      ))}
    </ul>
  );
}

function RemoveFactor({ factor }: { factor: FactorView }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const name = factor.name ?? t.security.page.unnamed;
  return (
    <>
      <button
        ref={button}
        type="button"
        onClick={() => setOpen(true)}
        className={buttonStyles({ variant: "secondary" })}
        aria-label={`${t.security.page.remove}: ${name}`}
      >
        {t.security.page.remove}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t.security.page.removeTitle}
        description={t.security.page.removeBody}
        cancel={t.security.page.cancel}
        onCloseFocus={() => button.current?.focus()}
      >
        {(cancelButton) => <RemoveForm factorId={factor.id} cancelButton={cancelButton} />}
      </ConfirmDialog>
    </>
  );
}

function RemoveForm({ factorId, cancelButton }: { factorId: string; cancelButton: ReactNode }) {
  const { t } = useI18n();
  const [state, action] = useActionState(removeFactor, idleState);
  return (
    <form action={action} className="mt-2 grid gap-4">
      <input type="hidden" name="factorId" value={factorId} />
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <div className="flex flex-wrap justify-end gap-2">
        {cancelButton}
        <SubmitButton fullWidth={false} variant="danger">
          {t.security.page.remove}
        </SubmitButton>
      </div>
    </form>
  );
}
