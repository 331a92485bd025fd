"use client";

import { AlertDialog } from "radix-ui";
import { useActionState, type ReactNode } from "react";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { buttonStyles, type ButtonVariant } from "./button-styles";
import { LiveMessage } from "./live-message";
import { SubmitButton } from "./submit-button";

/** Any `defineAction` action: none reads the previous state, whatever its result type. */
export type ConfirmedAction = (state: never, formData: FormData) => Promise<ActionState<unknown>>;

export interface ConfirmDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  /** The labels of the way back and of the button that runs the action. */
  cancel: string;
  confirm: string;
  variant?: ButtonVariant;
  action: ConfirmedAction;
  /** The hidden fields the action reads (`org`, `keyId`, `userId`…). */
  fields: Record<string, string>;
  /** Runs once the action succeeded, as the dialog closes (to say what changed). */
  onDone?: () => void;
  /** Where focus goes once the dialog closes (the control that opened it), when it has no trigger of its own. */
  onCloseFocus?: () => void;
}

/**
 * Asks before something that cannot simply be undone, and runs it (Radix's alert dialog: focus is trapped,
 * Escape and "cancel" close it, and it is announced as a dialog with its title and description). Controlled,
 * so a menu item or a button can open it. A refusal (a plan limit, a read-only "view as") is shown in the
 * dialog, which stays open; success closes it. The form lives inside the dialog's content, so every opening
 * starts from a clean form.
 */
export function ConfirmDialog(props: ConfirmDialogProps) {
  const { open, onOpenChange, title, description, onCloseFocus } = props;
  return (
    <AlertDialog.Root open={open} onOpenChange={onOpenChange}>
      <AlertDialog.Portal>
        <AlertDialog.Overlay className="fixed inset-0 z-50 bg-black/40" />
        <AlertDialog.Content
          onCloseAutoFocus={
            onCloseFocus
              ? (event) => {
                  event.preventDefault();
                  onCloseFocus();
                }
              : undefined
          }
          className="fixed top-1/2 left-1/2 z-50 grid w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 gap-3 rounded-2xl border border-border bg-surface p-6 shadow-lg"
        >
          <AlertDialog.Title className="text-lg font-semibold tracking-tight">{title}</AlertDialog.Title>
          <AlertDialog.Description className="text-sm text-fg-muted">{description}</AlertDialog.Description>
          <ConfirmForm {...props} />
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}

function ConfirmForm({
  action,
  fields,
  cancel,
  confirm,
  variant = "danger",
  onDone,
  onOpenChange,
}: ConfirmDialogProps) {
  const [state, formAction] = useActionState<ActionState<unknown>, FormData>(async (previous, formData) => {
    const answer = await action(previous as never, formData);
    if (answer.status === "success") {
      onDone?.();
      onOpenChange(false);
    }
    return answer;
  }, idleState);
  return (
    <form action={formAction} className="mt-2 grid gap-4">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <LiveMessage tone="error">{state.status === "error" ? state.error.message : null}</LiveMessage>
      <div className="flex flex-wrap justify-end gap-2">
        <AlertDialog.Cancel className={buttonStyles({ variant: "ghost" })}>{cancel}</AlertDialog.Cancel>
        <SubmitButton fullWidth={false} variant={variant}>
          {confirm}
        </SubmitButton>
      </div>
    </form>
  );
}
