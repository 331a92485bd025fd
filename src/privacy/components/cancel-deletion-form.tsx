"use client";

import { useActionState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";

/** Keeps the account: withdraws the pending deletion. */
export function CancelDeletionForm({
  action,
}: {
  action: (
    state: ActionState<{ cancelled: boolean }>,
    formData: FormData,
  ) => Promise<ActionState<{ cancelled: boolean }>>;
}) {
  const { t } = useI18n();
  const [state, formAction] = useActionState(action, idleState);
  return (
    <form action={formAction} className="grid gap-3">
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <div>
        <SubmitButton variant="secondary" fullWidth={false}>
          {t.privacy.deletion.cancel}
        </SubmitButton>
      </div>
    </form>
  );
}
