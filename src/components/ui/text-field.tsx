import { useId, type InputHTMLAttributes, type ReactNode } from "react";
import { cx } from "./cx";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  inputClassName?: string;
}

/** A labelled input whose hint and error are tied to it, so screen readers read them with the field. */
export function TextField({ label, hint, error, inputClassName, ...input }: TextFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
      </label>
      <input
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={cx(hintId, errorId) || undefined}
        className={cx(
          "block min-h-10 w-full rounded-lg border bg-surface px-3 py-2 text-sm text-fg shadow-sm",
          "placeholder:text-fg-muted/70 focus-visible:border-ring",
          error ? "border-danger" : "border-border-strong",
          inputClassName,
        )}
        {...input}
      />
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
