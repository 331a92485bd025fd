"use client";

import { useActionState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { buttonStyles, type ButtonVariant } from "@/src/components/ui/button-styles";
import { Dialog } from "@/src/components/ui/dialog";
import { LiveMessage } from "@/src/components/ui/live-message";
import { SubmitButton } from "@/src/components/ui/submit-button";
import { useI18n } from "@/src/i18n/i18n-provider";
import { useFileStore } from "./file-store";

type FormAction<Result> = (state: ActionState<Result>, formData: FormData) => Promise<ActionState<Result>>;

/**
 * A dialog holding one server action's form (rename, move, delete, new folder): the fields, the refusal in
 * words if the action refuses, and on success the dialog closes and the page announces `doneMessage`.
 * Mounted only while open, so each opening starts from a clean form.
 */
export function ActionDialog<Result>({
  title,
  description,
  action,
  hidden,
  submitLabel,
  submitVariant,
  doneMessage,
  onClose,
  children,
}: {
  title: string;
  description?: ReactNode;
  action: FormAction<Result>;
  hidden: Record<string, string>;
  submitLabel: string;
  submitVariant?: ButtonVariant;
  doneMessage: (result: Result) => string;
  onClose: () => void;
  children?: (state: ActionState<Result>) => ReactNode;
}) {
  const { t } = useI18n();
  const { slug, announce } = useFileStore();
  const [state, formAction] = useActionState<ActionState<Result>, FormData>(async (previous, formData) => {
    const result = await action(previous, formData);
    if (result.status === "success") {
      announce(doneMessage(result.data));
      onClose();
    }
    return result;
  }, idleState);
  const refusal = state.status === "error" && !state.error.fields ? state.error.message : null;

  return (
    <Dialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      title={title}
      description={description}
      closeLabel={t.files.dialog.close}
    >
      <form action={formAction} noValidate className="grid gap-4">
        <input type="hidden" name="org" value={slug} />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        {children?.(state)}
        <LiveMessage tone="error">{refusal}</LiveMessage>
        <div className="flex flex-wrap justify-end gap-2">
          <button type="button" onClick={onClose} className={buttonStyles({ variant: "ghost" })}>
            {t.files.dialog.cancel}
          </button>
          <SubmitButton fullWidth={false} variant={submitVariant}>
            {submitLabel}
          </SubmitButton>
        </div>
      </form>
    </Dialog>
  );
}
