import type { ReactNode } from "react";
import { cx } from "./cx";

/**
 * A wide table's own horizontal scroll on small screens, so the page never scrolls sideways: its width never
 * depends on the table (inline-size containment), so it cannot stretch the page around it. Focusable and
 * named like the table, so keyboard users can scroll it too (WCAG 2.1.1; axe's scrollable-region-focusable).
 */
export function TableScroll({
  label,
  className,
  children,
}: {
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div role="region" aria-label={label} tabIndex={0} className={cx("overflow-x-auto contain-inline-size", className)}>
      {children}
    </div>
  );
}
