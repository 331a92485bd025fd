"use client";

import { fieldError, submittedValue, type ActionState } from "@/src/actions/action-state";
import { TextField } from "@/src/components/ui/text-field";
import { MAX_NAME_LENGTH } from "../file-name";

/** The name of a file or folder in a dialog's form, selected on open for typing over, with the refusal's reason. */
export function NameField({
  state,
  label,
  hint,
  defaultValue,
  selectStem = false,
}: {
  state: ActionState<unknown>;
  label: string;
  hint?: string;
  defaultValue: string;
  /** Files: select the name without its extension, as file managers do, so typing replaces just the name. */
  selectStem?: boolean;
}) {
  return (
    <TextField
      label={label}
      name="name"
      required
      maxLength={MAX_NAME_LENGTH}
      autoComplete="off"
      spellCheck={false}
      autoFocus
      onFocus={(event) => {
        const input = event.currentTarget;
        const dot = selectStem ? input.value.lastIndexOf(".") : -1;
        input.setSelectionRange(0, dot > 0 ? dot : input.value.length);
      }}
      defaultValue={submittedValue(state, "name") ?? defaultValue}
      hint={hint}
      error={fieldError(state, "name")}
    />
  );
}
