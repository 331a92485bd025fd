import { useId, type TextareaHTMLAttributes, type ReactNode } from "react";
import { cx } from "@/src/components/ui/cx";

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled textarea with its hint and error tied to it, matching the shared TextField. */
export function TextAreaField({ label, hint, error, ...textarea }: TextAreaFieldProps) {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return (
    <div className="grid gap-1.5">
      <label htmlFor={id} className="text-sm font-medium text-fg">
        {label}
      </label>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={cx(hintId, errorId) || undefined}
        className={cx(
          "block min-h-28 w-full rounded-lg border bg-surface px-3 py-2 text-sm text-fg shadow-sm",
          "placeholder:text-fg-muted/70 focus-visible:border-ring",
          error ? "border-danger" : "border-border-strong",
        )}
        {...textarea}
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
