"use client";

import { useActionState } from "react";
import { idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";

/** Typing the account's email address, then asking for its deletion in 30 days. */
export function AccountDeletionForm({
  action,
  email,
}: {
  action: (
    state: ActionState<{ eraseAfter: string }>,
    formData: FormData,
  ) => Promise<ActionState<{ eraseAfter: string }>>;
  email: string;
}) {
  const { t } = useI18n();
  const copy = t.privacy.deletion;
  const [state, formAction] = useActionState(action, idleState);
  const code = state.status === "error" ? state.error.code : null;
  const message =
    code === "invalid_input"
      ? copy.mismatch
      : code === "last_owner"
        ? copy.soleOwner
        : state.status === "error"
          ? state.error.message
          : null;
  return (
    <form action={formAction} noValidate className="grid max-w-md gap-4">
      <LiveMessage tone="error">{message}</LiveMessage>
      <TextField
        label={formatMessage(copy.confirm, { email })}
        name="confirmation"
        type="email"
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={submittedValue(state, "confirmation") ?? ""}
      />
      <div>
        <SubmitButton variant="danger" fullWidth={false}>
          {copy.submit}
        </SubmitButton>
      </div>
    </form>
  );
}
