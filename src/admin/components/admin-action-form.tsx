"use client";

import { useActionState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import type { ButtonVariant } from "@/src/components/ui/button-styles";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { useI18n } from "@/src/i18n/i18n-provider";

/**
 * One small form of the staff page (change a role, remove, send a reset, ban, lift a ban, invite): its hidden
 * fields, its own fields, an optional reason, the button, and the outcome in a live region — the database's or
 * Auth's refusal in words, or `done`.
 */
export function AdminActionForm<Result>({
  action,
  hidden,
  children,
  withReason = false,
  submit,
  variant = "secondary",
  done,
}: {
  action: (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;
  hidden: Record<string, string>;
  children?: ReactNode;
  withReason?: boolean;
  submit: string;
  variant?: ButtonVariant;
  done: string;
}) {
  const { t } = useI18n();
  const copy = t.agency.staff;
  const [state, formAction] = useActionState(action, idleState);
  const fieldErrors = state.status === "error" ? state.error.fields : undefined;
  return (
    <form action={formAction} noValidate className="grid gap-3">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {withReason ? (
        <TextField
          label={copy.reason}
          name="reason"
          required
          minLength={10}
          maxLength={500}
          hint={copy.reasonHint}
          error={fieldErrors?.reason}
        />
      ) : null}
      <div>
        <SubmitButton fullWidth={false} variant={variant}>
          {submit}
        </SubmitButton>
      </div>
      <LiveMessage tone={state.status === "error" ? "error" : "success"}>
        {state.status === "success" ? done : state.status === "error" ? state.error.message : null}
      </LiveMessage>
    </form>
  );
}
