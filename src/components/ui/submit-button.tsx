"use client";

import type { ReactNode } from "react";
import { useFormStatus } from "react-dom";
import { useI18n } from "../../i18n/i18n-provider";
import { buttonStyles, type ButtonVariant } from "./button-styles";
import { Spinner } from "./spinner";

/** A form's submit button that shows, and announces, that the form is being sent. */
export function SubmitButton({
  children,
  variant,
  fullWidth = true,
  disabled = false,
}: {
  children: ReactNode;
  variant?: ButtonVariant;
  fullWidth?: boolean;
  /** Not ready to send yet (files still uploading, say); the form says why beside it. */
  disabled?: boolean;
}) {
  const { pending } = useFormStatus();
  const { t } = useI18n();
  return (
    <button
      type="submit"
      className={buttonStyles({ variant, fullWidth })}
      disabled={pending || disabled}
      aria-busy={pending}
    >
      {pending ? (
        <>
          <Spinner />
          {t.common.loading}
        </>
      ) : (
        children
      )}
    </button>
  );
}
