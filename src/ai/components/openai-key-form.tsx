"use client";

import { useActionState } from "react";
import { fieldError, idleState, type ActionState } from "@/src/actions/action-state";
import { ConfirmButton } from "@/src/components/ui/confirm-button";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { TextField } from "@/src/components/ui/text-field";
import { formatMessage } from "@/src/i18n/format-message";
import type { Dictionary } from "@/src/i18n/dictionary";
import { removeOpenaiKey } from "../actions/remove-openai-key";
import { saveOpenaiKey } from "../actions/save-openai-key";

type Copy = Dictionary["insights"]["byok"];

/**
 * Paste, check and save the organization's OpenAI key (a password field: the key is never sent back, and
 * the form does not echo it after a refusal); "Remove" asks first.
 */
export function OpenaiKeyForm({ slug, hasKey, copy }: { slug: string; hasKey: boolean; copy: Copy }) {
  const [state, formAction] = useActionState<ActionState<{ last4: string }>, FormData>(saveOpenaiKey, idleState);
  return (
    <form action={formAction} className="grid gap-3">
      <input type="hidden" name="org" value={slug} />
      <TextField
        label={copy.label}
        name="secret"
        type="password"
        autoComplete="off"
        spellCheck={false}
        hint={copy.hint}
        error={fieldError(state, "secret")}
        required
      />
      <LiveMessage tone="error">
        {state.status === "error" && !state.error.fields ? state.error.message : null}
      </LiveMessage>
      <LiveMessage tone="success">
        {state.status === "success" ? formatMessage(copy.saved, { last4: state.data.last4 }) : null}
      </LiveMessage>
      <div>
        <SubmitButton fullWidth={false}>{hasKey ? copy.replace : copy.save}</SubmitButton>
      </div>
    </form>
  );
}

export function RemoveOpenaiKeyButton({ slug, copy }: { slug: string; copy: Copy }) {
  return (
    <ConfirmButton
      label={copy.remove}
      title={copy.removeTitle}
      description={copy.removeBody}
      cancel={copy.cancel}
      confirm={copy.remove}
      action={removeOpenaiKey}
      fields={{ org: slug }}
    />
  );
}
