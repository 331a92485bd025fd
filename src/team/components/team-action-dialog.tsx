"use client";

import { useActionState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { ConfirmDialog } from "@/src/components/ui/confirm-dialog";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import type { ButtonVariant } from "@/src/components/ui/button-styles";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useTeamNotice } from "./team-notices";

/** Any `defineAction` action: none reads the previous state, whatever its result type. */
type Action = (state: never, formData: FormData) => Promise<ActionState<unknown>>;

export interface TeamActionDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  action: Action;
  /** The hidden fields the action reads (`org`, `userId`, `id`…). */
  fields: Record<string, string>;
  title: string;
  description: ReactNode;
  confirm: string;
  variant?: ButtonVariant;
  /** Said in the page's live region once the action succeeded. */
  done?: string;
  onCloseFocus?: () => void;
}

/**
 * A confirmation whose button runs a team action. A refusal (the last owner, a plan limit, a read-only "view
 * as") is shown in the dialog, which stays open; success closes it and says what changed. Its form lives inside
 * the dialog's content, so every opening starts from a clean form.
 */
export function TeamActionDialog(props: TeamActionDialogProps) {
  const { t } = useI18n();
  return (
    <ConfirmDialog
      open={props.open}
      onOpenChange={props.onOpenChange}
      title={props.title}
      description={props.description}
      cancel={t.team.confirm.cancel}
      onCloseFocus={props.onCloseFocus}
    >
      {(cancelButton) => <ActionForm {...props} cancelButton={cancelButton} close={() => props.onOpenChange(false)} />}
    </ConfirmDialog>
  );
}

function ActionForm({
  action,
  fields,
  confirm,
  variant = "primary",
  done,
  cancelButton,
  close,
}: TeamActionDialogProps & { cancelButton: ReactNode; close: () => void }) {
  const announce = useTeamNotice();
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(async (previous, formData) => {
    const answer = await action(previous as never, formData);
    if (answer.status === "success") {
      if (done) announce(done);
      close();
    }
    return answer;
  }, idleState);
  return (
    <form action={formAction} className="mt-2 grid gap-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <div className="flex flex-wrap justify-end gap-2">
        {cancelButton}
        <SubmitButton fullWidth={false} variant={variant}>
          {confirm}
        </SubmitButton>
      </div>
    </form>
  );
}
