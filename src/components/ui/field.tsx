import { useId, type ReactNode } from "react";
import { cx } from "./cx";

/** What a form control needs to be tied to its label, hint and error. */
export interface FieldControlProps {
  id: string;
  "aria-invalid": true | undefined;
  "aria-describedby": string | undefined;
  /** The control's border, telling an invalid value apart. */
  borderClassName: string;
}

/**
 * A label, a control and the control's hint and error, tied together so screen readers read them with the
 * field. The control (an input, a textarea) is rendered by `children` with the ids it needs.
 */
export function Field({
  label,
  hint,
  error,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
      </label>
      {children({
        id,
        "aria-invalid": error ? true : undefined,
        "aria-describedby": cx(hintId, errorId) || undefined,
        borderClassName: error ? "border-danger" : "border-border-strong",
      })}
      {hint ? (
        <p id={hintId} className="text-xs text-fg-muted">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="text-xs font-medium text-danger">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** The look every text control shares. */
export const textControlClassName =
  "block w-full rounded-lg border bg-surface px-3 py-2 text-sm text-fg shadow-sm placeholder:text-fg-muted/70 focus-visible:border-ring";
