"use client";

import { useRef, useState, type ReactNode } from "react";
import { buttonStyles, type ButtonVariant } from "./button-styles";
import { ConfirmDialog, type ConfirmDialogProps } from "./confirm-dialog";

/**
 * A button that asks first (`ConfirmDialog`) and then runs its action; focus comes back to the button when
 * the dialog closes.
 */
export function ConfirmButton({
  label,
  buttonLabel,
  buttonVariant = "secondary",
  ...dialog
}: Omit<ConfirmDialogProps, "open" | "onOpenChange" | "onCloseFocus"> & {
  /** The button's content, and its accessible name when the content alone would be ambiguous in a list. */
  label: ReactNode;
  buttonLabel?: string;
  buttonVariant?: ButtonVariant;
}) {
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-label={buttonLabel}
        onClick={() => setOpen(true)}
        className={buttonStyles({ variant: buttonVariant })}
      >
        {label}
      </button>
      <ConfirmDialog {...dialog} open={open} onOpenChange={setOpen} onCloseFocus={() => button.current?.focus()} />
    </>
  );
}
