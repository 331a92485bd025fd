import type { ReactNode } from "react";
import { Logo } from "./brand/logo";

/** Full-page message for 404s and unexpected errors, with one way out. */
export function StatusPage({
  appName,
  code,
  title,
  body,
  action,
}: {
  appName: string;
  code: string;
  title: string;
  body: string;
  action: ReactNode;
}) {
  return (
    <main id="main" className="flex min-h-dvh flex-col items-center justify-center gap-6 px-4 text-center">
      <Logo label={appName} />
      <div>
        <p className="text-sm font-semibold text-accent-text">{code}</p>
        <h1 className="mt-2 text-3xl font-semibold tracking-tight">{title}</h1>
        <p className="mt-3 max-w-md text-fg-muted">{body}</p>
      </div>
      {action}
    </main>
  );
}
