import type { ReactNode } from "react";
import { Icon, type IconName } from "./icons";

/** What an empty list says: why it is empty and what to do next. */
export function EmptyState({
  icon = "inbox",
  title,
  body,
  action,
}: {
  icon?: IconName;
  title: string;
  body?: ReactNode;
  action?: ReactNode;
}) {
  return (
    <div className="grid justify-items-center gap-2 rounded-xl border border-dashed border-border-strong/40 px-6 py-10 text-center">
      <span className="inline-flex size-10 items-center justify-center rounded-lg bg-surface-muted text-fg-muted">
        <Icon name={icon} />
      </span>
      <p className="font-semibold">{title}</p>
      {body ? <div className="max-w-md text-sm text-fg-muted">{body}</div> : null}
      {action ? <div className="mt-2">{action}</div> : null}
    </div>
  );
}
