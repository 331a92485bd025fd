"use client";

import type { ReactNode } from "react";
import { fieldError, submittedValue, type ActionState } from "../../actions/action-state";
import { useI18n } from "../../i18n/i18n-provider";
import { TextField } from "../ui/text-field";

/** The email input every auth form asks for, showing the value and the error the last attempt came back with. */
export function EmailField({
  state,
  label,
  defaultValue,
}: {
  state: ActionState<unknown>;
  label?: ReactNode;
  /** Prefilled before the first attempt (e.g. the email a visitor gave the analyzer). */
  defaultValue?: string;
}) {
  const { t } = useI18n();
  return (
    <TextField
      label={label ?? t.common.email}
      name="email"
      type="email"
      autoComplete="email"
      required
      defaultValue={submittedValue(state, "email") ?? defaultValue}
      error={fieldError(state, "email")}
    />
  );
}
