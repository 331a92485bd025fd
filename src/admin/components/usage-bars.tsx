import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import type { Formatters } from "@/src/i18n/formatters";
import type { ClientUsage } from "../queries/get-clients";

/** Above this share of a limit a client is about to be refused: the row and the bar say so. */
export const NEAR_LIMIT = 0.8;

/**
 * One small bar per limited resource, in a client row; past 80 % amber, at the limit red, each with its figures
 * in words for screen readers (and in the tooltip). Unlimited resources are left out: there is nothing to fill.
 */
export function UsageBars({ usage, t, format }: { usage: ClientUsage[]; t: Dictionary; format: Formatters }) {
  const limited = usage.filter((u) => u.limit !== null);
  return (
    <ul className="grid min-w-40 gap-1">
      {limited.map((u) => {
        const limit = u.limit!;
        const ratio = limit === 0 ? (u.usage > 0 ? 1 : 0) : Math.min(u.usage / limit, 1);
        const show = (value: number) => (u.key === "storage_bytes" ? format.bytes(value) : format.number(value));
        const text = `${t.workspace.limits[u.key]}: ${show(u.usage)} / ${show(limit)}`;
        return (
          <li key={u.key} className="grid grid-cols-[5.5rem_1fr] items-center gap-2 text-xs" title={text}>
            <span className="truncate text-fg-muted">{t.workspace.limits[u.key]}</span>
            <span
              role="meter"
              aria-label={text}
              aria-valuemin={0}
              aria-valuemax={limit}
              aria-valuenow={Math.min(u.usage, limit)}
              className="h-1.5 overflow-hidden rounded-full bg-surface-muted"
            >
              <span
                className={cx(
                  "block h-full rounded-full",
                  ratio >= 1 ? "bg-danger" : ratio > NEAR_LIMIT ? "bg-warning" : "bg-accent",
                )}
                style={{ width: `${Math.max(ratio * 100, u.usage > 0 ? 3 : 0)}%` }}
              />
            </span>
          </li>
        );
      })}
    </ul>
  );
}
