import type { ReactNode } from "react";
import { cx } from "./cx";

export type Tone = "success" | "warning" | "danger" | "neutral" | "info";

const tones: Record<Tone, string> = {
  success: "bg-success-soft text-success",
  warning: "bg-warning-soft text-warning",
  danger: "bg-danger-soft text-danger",
  neutral: "bg-surface-muted text-fg-muted",
  info: "bg-accent-soft text-accent-text",
};

const dots: Record<Tone, string> = {
  success: "bg-success",
  warning: "bg-warning",
  danger: "bg-danger",
  neutral: "bg-fg-muted",
  info: "bg-accent-text",
};

/** A status in colour and in words: colour alone never carries the meaning. */
export function StatusBadge({ tone, children }: { tone: Tone; children: ReactNode }) {
  return (
    <span
      className={cx(
        "inline-flex items-center gap-1.5 rounded-full px-2 py-0.5 text-xs font-medium whitespace-nowrap",
        tones[tone],
      )}
    >
      <span aria-hidden="true" className={cx("size-1.5 rounded-full", dots[tone])} />
      {children}
    </span>
  );
}
