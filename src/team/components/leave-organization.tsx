"use client";

import { useActionState, useRef, useState } from "react";
import { idleState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { ConfirmDialog } from "@/src/components/ui/confirm-dialog";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { leaveOrganization } from "../actions/leave-organization";

/** "Leave the organization", after a confirmation; the action then takes the user to /app. */
export function LeaveOrganization({ slug, organization }: { slug: string; organization: string }) {
  const { t } = useI18n();
  const copy = t.team;
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const words = { organization };
  return (
    <>
      <button ref={button} type="button" onClick={() => setOpen(true)} className={buttonStyles({ variant: "danger" })}>
        {copy.leave.action}
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={formatMessage(copy.confirm.leave.title, words)}
        description={copy.confirm.leave.body}
        cancel={copy.confirm.cancel}
        onCloseFocus={() => button.current?.focus()}
      >
        {(cancelButton) => <LeaveForm slug={slug} cancelButton={cancelButton} />}
      </ConfirmDialog>
    </>
  );
}

function LeaveForm({ slug, cancelButton }: { slug: string; cancelButton: React.ReactNode }) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(leaveOrganization, idleState);
  return (
    <form action={formAction} className="mt-2 grid gap-4">
      <input type="hidden" name="org" value={slug} />
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <div className="flex flex-wrap justify-end gap-2">
        {cancelButton}
        <SubmitButton fullWidth={false} variant="danger">
          {t.team.confirm.leave.confirm}
        </SubmitButton>
      </div>
    </form>
  );
}
