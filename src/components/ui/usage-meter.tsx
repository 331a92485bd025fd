import { cx } from "./cx";

/**
 * Usage against a limit, as a bar and in words ("3 of 10"). Past 80 % it turns amber, at the limit red; an
 * unlimited allowance shows the usage alone. The figures arrive formatted, so bytes and counts read naturally.
 */
export function UsageMeter({
  label,
  used,
  limit,
  usedText,
  summary,
}: {
  label: string;
  used: number;
  /** null: unlimited. */
  limit: number | null;
  usedText: string;
  /** "3 of 10", "Unlimited" — in the user's language. */
  summary: string;
}) {
  const ratio = limit === null ? 0 : limit === 0 ? 1 : Math.min(used / limit, 1);
  const tone = limit === null ? "bg-accent" : ratio >= 1 ? "bg-danger" : ratio >= 0.8 ? "bg-warning" : "bg-accent";
  return (
    <div className="grid gap-1.5">
      <div className="flex items-baseline justify-between gap-3 text-sm">
        <span className="font-medium">{label}</span>
        <span className="text-fg-muted tabular-nums">{summary}</span>
      </div>
      {limit === null ? (
        <span className="sr-only">{usedText}</span>
      ) : (
        <div
          role="meter"
          aria-label={label}
          aria-valuemin={0}
          aria-valuemax={limit}
          aria-valuenow={Math.min(used, limit)}
          aria-valuetext={summary}
          className="h-2 overflow-hidden rounded-full bg-surface-muted"
        >
          <div
            className={cx("h-full rounded-full", tone)}
            style={{ width: `${Math.max(ratio * 100, used > 0 ? 2 : 0)}%` }}
          />
        </div>
      )}
    </div>
  );
}
