import type { ReactNode } from "react";

/** The landing content of a dashboard area until its sections arrive: who you are, and what comes next. */
export function WelcomePanel({
  title,
  intro,
  upcomingTitle,
  upcomingBody,
}: {
  title: string;
  intro: ReactNode;
  upcomingTitle: string;
  upcomingBody: string;
}) {
  return (
    <div className="mx-auto grid max-w-3xl gap-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight sm:text-3xl">{title}</h1>
        <div className="mt-3 grid gap-1 text-fg-muted">{intro}</div>
      </div>
      <section aria-labelledby="upcoming-title" className="rounded-2xl border border-border bg-surface p-6 shadow-sm">
        <h2 id="upcoming-title" className="font-semibold">
          {upcomingTitle}
        </h2>
        <p className="mt-2 text-sm text-fg-muted">{upcomingBody}</p>
      </section>
    </div>
  );
}
