import Link from "next/link";
import { cx } from "@/src/components/ui/cx";

export interface LinkOption {
  label: string;
  href: string;
  current: boolean;
  /** How many rows the option leaves, already formatted. */
  count?: string;
}

/**
 * A segmented control made of links (ranges, filters): the choice lives in the URL (shareable, works without JavaScript) and the
 * current one is marked with aria-current, not only with its look. `scroll={false}` keeps the reader where the
 * control is instead of jumping to the top of the page.
 */
export function OptionLinks({ label, options }: { label: string; options: LinkOption[] }) {
  return (
    <nav aria-label={label}>
      <ul className="inline-flex flex-wrap gap-1 rounded-lg bg-surface-muted p-1">
        {options.map((option) => (
          <li key={option.href}>
            <Link
              href={option.href}
              scroll={false}
              aria-current={option.current ? "page" : undefined}
              className={cx(
                "inline-flex min-h-8 items-center gap-1.5 rounded-md px-3 text-sm font-medium whitespace-nowrap transition-colors",
                option.current ? "bg-surface text-fg shadow-sm" : "text-fg-muted hover:text-fg",
              )}
            >
              {option.label}
              {option.count === undefined ? null : <span className="text-xs tabular-nums">{option.count}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
