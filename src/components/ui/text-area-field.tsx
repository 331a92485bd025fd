import type { ReactNode, TextareaHTMLAttributes } from "react";
import { cx } from "./cx";
import { Field, textControlClassName } from "./field";

interface TextAreaFieldProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
}

/** A labelled textarea with its hint and error tied to it, like TextField. */
export function TextAreaField({ label, hint, error, ...textarea }: TextAreaFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ borderClassName, ...control }) => (
        <textarea {...control} className={cx(textControlClassName, "min-h-28", borderClassName)} {...textarea} />
      )}
    </Field>
  );
}
