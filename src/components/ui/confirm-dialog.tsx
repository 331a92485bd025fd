"use client";

import { AlertDialog } from "radix-ui";
import type { ReactNode } from "react";
import { buttonStyles } from "./button-styles";

/**
 * Asks before something that cannot simply be undone (Radix's alert dialog: focus is trapped, Escape and
 * "cancel" close it, and it is announced as a dialog with its title and description). Controlled, so a menu
 * item or a button can open it; `children` is the form whose submit button confirms, and `cancel` the
 * label of the way back.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  cancel,
  onCloseFocus,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description: ReactNode;
  cancel: string;
  /** Where focus goes once the dialog closes (the control that opened it), when it has no trigger of its own. */
  onCloseFocus?: () => void;
  /** The confirming form: its fields and submit button; the cancel button is added beside it. */
  children: (cancelButton: ReactNode) => ReactNode;
}) {
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
          {children(<AlertDialog.Cancel className={buttonStyles({ variant: "ghost" })}>{cancel}</AlertDialog.Cancel>)}
        </AlertDialog.Content>
      </AlertDialog.Portal>
    </AlertDialog.Root>
  );
}
