"use client";

import { useActionState } from "react";
import { idleState, submittedValue, type ActionState } from "@/src/actions/action-state";
import type { AppErrorCode } from "@/src/errors/app-error";
import { LiveMessage } from "./live-message";
import { SubmitButton } from "./submit-button";
import { TextField } from "./text-field";

/**
 * A destructive step confirmed by typing what it destroys (an organization's slug, the account's email), as
 * GitHub and Stripe do. `refusals` words the action's error codes for this form; any other error is shown in
 * the vocabulary's own words.
 */
export function TypedConfirmationForm<T>({
  action,
  label,
  submitLabel,
  refusals,
  inputType = "text",
  hidden = {},
}: {
  action: (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  label: string;
  submitLabel: string;
  refusals: Partial<Record<AppErrorCode, string>>;
  inputType?: "text" | "email";
  /** Fields the action reads beside the confirmation (e.g. the organization's slug). */
  hidden?: Record<string, string>;
}) {
  const [state, formAction] = useActionState(action, idleState);
  const message = state.status === "error" ? (refusals[state.error.code] ?? state.error.message) : null;
  return (
    <form action={formAction} noValidate className="grid max-w-md gap-4">
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <LiveMessage tone="error">{message}</LiveMessage>
      <TextField
        label={label}
        name="confirmation"
        type={inputType}
        required
        autoComplete="off"
        spellCheck={false}
        defaultValue={submittedValue(state, "confirmation") ?? ""}
      />
      <div>
        <SubmitButton variant="danger" fullWidth={false}>
          {submitLabel}
        </SubmitButton>
      </div>
    </form>
  );
}
