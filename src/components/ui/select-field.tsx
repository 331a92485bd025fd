import type { ReactNode, SelectHTMLAttributes } from "react";
import { cx } from "./cx";
import { Field, textControlClassName } from "./field";
import { Icon } from "./icons";

interface SelectFieldProps extends Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className"> {
  label: ReactNode;
  name: string;
  hint?: ReactNode;
  error?: string;
  /** The `<option>`s. */
  children: ReactNode;
}

/**
 * A labelled native `<select>` with its hint and error tied to it, like TextField: the platform's control,
 * which every browser, screen reader and phone already handles well, only dressed like the other fields.
 */
export function SelectField({ label, hint, error, children, ...select }: SelectFieldProps) {
  return (
    <Field label={label} hint={hint} error={error}>
      {({ borderClassName, ...control }) => (
        <div className="relative">
          <select
            {...control}
            className={cx(textControlClassName, "min-h-10 appearance-none pr-9", borderClassName)}
            {...select}
          >
            {children}
          </select>
          <Icon
            name="chevronDown"
            className="pointer-events-none absolute top-1/2 right-3 size-4 -translate-y-1/2 text-fg-muted"
          />
        </div>
      )}
    </Field>
  );
}
