import type { ReactNode } from "react";
import { cx } from "./cx";

/**
 * A polite live region that is always in the page, so assistive technology announces a message as soon
 * as it appears inside (a region inserted together with its text is often missed).
 */
export function LiveMessage({
  tone,
  title,
  children,
}: {
  tone: "error" | "success";
  title?: ReactNode;
  children?: ReactNode;
}) {
  return (
    <div aria-live="polite" aria-atomic="true" className="empty:absolute">
      {children ? (
        <div
          className={cx(
            "rounded-lg border px-4 py-3 text-sm",
            tone === "error"
              ? "border-danger/40 bg-danger-soft text-danger"
              : "border-success/40 bg-success-soft text-success",
          )}
        >
          {title ? <p className="font-semibold">{title}</p> : null}
          <p>{children}</p>
        </div>
      ) : null}
    </div>
  );
}
