"use client";

import { Progress } from "radix-ui";

/** A determinate progress bar (Radix Progress: role, value and its spoken text), e.g. one upload's bytes. */
export function ProgressBar({ label, value, valueText }: { label: string; value: number; valueText: string }) {
  const clamped = Math.min(Math.max(value, 0), 100);
  return (
    <Progress.Root
      value={clamped}
      max={100}
      aria-label={label}
      getValueLabel={() => valueText}
      className="relative h-2 overflow-hidden rounded-full bg-surface-muted"
    >
      <Progress.Indicator
        className="h-full rounded-full bg-accent transition-[width] duration-150"
        style={{ width: `${clamped}%` }}
      />
    </Progress.Root>
  );
}
