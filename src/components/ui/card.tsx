import type { ReactNode } from "react";
import { cx } from "./cx";

/** A titled section of a page; `headingLevel` keeps the document outline right where cards nest. */
export function Card({
  title,
  description,
  action,
  children,
  className,
  headingLevel = 2,
}: {
  title?: string;
  description?: ReactNode;
  action?: ReactNode;
  children: ReactNode;
  className?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <section className={cx("rounded-xl border border-border bg-surface p-5 shadow-xs", className)}>
      {title ? (
        <div className="mb-4 flex flex-wrap items-start justify-between gap-2">
          <div>
            <Heading className="text-base font-semibold">{title}</Heading>
            {description ? <p className="mt-0.5 text-sm text-fg-muted">{description}</p> : null}
          </div>
          {action}
        </div>
      ) : null}
      {children}
    </section>
  );
}
