import type { ReactNode } from "react";

/** A titled block of the report; the heading can take focus so the page can move readers to it. */
export function ReportSection({
  id,
  title,
  intro,
  children,
}: {
  id: string;
  title: string;
  intro?: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="grid gap-4">
      <div>
        <h2 id={id} tabIndex={-1} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        {intro ? <p className="mt-1 text-sm text-fg-muted">{intro}</p> : null}
      </div>
      {children}
    </section>
  );
}
