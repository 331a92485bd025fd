import Link from "next/link";
import type { ReactNode } from "react";

/** One figure people look for first, with what it means and, optionally, where to see more. */
export function StatCard({
  label,
  value,
  hint,
  href,
  children,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  href?: string;
  children?: ReactNode;
}) {
  const body = (
    <>
      <p className="text-sm text-fg-muted">{label}</p>
      <p className="mt-1 text-2xl font-semibold tracking-tight tabular-nums">{value}</p>
      {hint ? <div className="mt-1 text-xs text-fg-muted">{hint}</div> : null}
      {children}
    </>
  );
  const frame = "block rounded-xl border border-border bg-surface p-4 shadow-xs";
  return href ? (
    <Link href={href} className={`${frame} hover:border-border-strong/60`}>
      {body}
    </Link>
  ) : (
    <div className={frame}>{body}</div>
  );
}
