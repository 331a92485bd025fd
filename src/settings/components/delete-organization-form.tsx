"use client";

import { useActionState } from "react";
import { idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";

/** The owner's last resort: typing the organization's slug, then deleting it with everything it holds. */
export function DeleteOrganizationForm({
  action,
  slug,
}: {
  action: (state: ActionState<never>, formData: FormData) => Promise<ActionState<never>>;
  slug: string;
}) {
  const { t } = useI18n();
  const copy = t.settings.danger;
  const [state, formAction] = useActionState(action, idleState);
  const code = state.status === "error" ? state.error.code : null;
  const message =
    code === "invalid_input"
      ? copy.confirmMismatch
      : code === "conflict"
        ? copy.subscriptionActive
        : code === "forbidden"
          ? copy.ownerOnly
          : state.status === "error"
            ? state.error.message
            : null;

  return (
    <form action={formAction} noValidate className="grid max-w-md gap-4">
      <input type="hidden" name="org" value={slug} />
      <LiveMessage tone="error">{message}</LiveMessage>
      <TextField
        label={formatMessage(copy.confirm, { slug })}
        name="confirmation"
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
