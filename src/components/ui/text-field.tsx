import type { InputHTMLAttributes, ReactNode } from "react";
import { cx } from "./cx";
import { Field, textControlClassName } from "./field";

interface TextFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  inputClassName?: string;
}

/** A labelled input whose hint and error are tied to it, so screen readers read them with the field. */
export function TextField({ label, hint, error, inputClassName, ...input }: TextFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ borderClassName, ...control }) => (
        <input
          {...control}
          className={cx(textControlClassName, "min-h-10", borderClassName, inputClassName)}
          {...input}
        />
      )}
    </Field>
  );
}
