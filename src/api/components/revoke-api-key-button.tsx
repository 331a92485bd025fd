"use client";

import { useActionState, useRef, useState } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { buttonStyles } from "@/src/components/ui/button-styles";
import { ConfirmDialog } from "@/src/components/ui/confirm-dialog";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { formatMessage } from "@/src/i18n/format-message";
import { useI18n } from "@/src/i18n/i18n-provider";
import { revokeApiKey } from "../actions/revoke-api-key";

/** "Revoke", confirmed first: the key stops working at once and cannot be brought back. */
export function RevokeApiKeyButton({ slug, keyId, name }: { slug: string; keyId: string; name: string }) {
  const { t } = useI18n();
  const copy = t.apiKeys;
  const [open, setOpen] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  const [state, formAction] = useActionState<ActionState<{ revoked: boolean }>, FormData>(
    async (previous, formData) => {
      const answer = await revokeApiKey(previous, formData);
      if (answer.status === "success") setOpen(false);
      return answer;
    },
    idleState,
  );
  return (
    <>
      <button
        ref={trigger}
        type="button"
        className={buttonStyles({ variant: "secondary" })}
        onClick={() => setOpen(true)}
      >
        {copy.list.revoke}
        <span className="sr-only"> {name}</span>
      </button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={formatMessage(copy.revoke.title, { name })}
        description={copy.revoke.body}
        cancel={copy.revoke.cancel}
        onCloseFocus={() => trigger.current?.focus()}
      >
        {(cancelButton) => (
          <form action={formAction} className="mt-2 grid gap-4">
            <input type="hidden" name="org" value={slug} />
            <input type="hidden" name="keyId" value={keyId} />
            <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
            <div className="flex flex-wrap justify-end gap-2">
              {cancelButton}
              <SubmitButton fullWidth={false} variant="danger">
                {copy.revoke.confirm}
              </SubmitButton>
            </div>
          </form>
        )}
      </ConfirmDialog>
    </>
  );
}
