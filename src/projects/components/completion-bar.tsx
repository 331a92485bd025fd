import { cx } from "@/src/components/ui/cx";

/** A project's completion as a bar and as words ("55% complete"): the bar alone would carry no meaning. */
export function CompletionBar({
  value,
  label,
  valueText,
  className,
}: {
  /** 0–100. */
  value: number;
  label: string;
  valueText: string;
  className?: string;
}) {
  const clamped = Math.min(Math.max(value, 0), 100);
  return (
    <div className={cx("grid gap-1.5", className)}>
      <div
        role="meter"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={clamped}
        aria-valuetext={valueText}
        className="h-2 overflow-hidden rounded-full bg-surface-muted"
      >
        <div
          className={cx("h-full rounded-full", clamped === 100 ? "bg-success" : "bg-accent")}
          style={{ width: `${clamped}%` }}
        />
      </div>
      <p aria-hidden="true" className="text-xs text-fg-muted tabular-nums">
        {valueText}
      </p>
    </div>
  );
}
