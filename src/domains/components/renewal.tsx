import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { renewalNeedsAttention } from "../domain-status";

/** The renewal date and whether it happens by itself; a manual renewal coming up soon is said as a warning. */
export function Renewal({
  renewsAt,
  autoRenew,
  now,
  t,
  format,
}: {
  renewsAt: Date | null;
  autoRenew: boolean;
  now: Date;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.domains;
  if (renewsAt === null) return <span className="text-fg-muted">{copy.unknown}</span>;
  const attention = renewalNeedsAttention(renewsAt, autoRenew, now);
  return (
    <span className="grid gap-0.5">
      <time dateTime={renewsAt.toISOString()} className="tabular-nums">
        {format.date(renewsAt)}
      </time>
      <span className={attention ? "text-xs font-medium text-warning" : "text-xs text-fg-muted"}>
        {attention
          ? formatMessage(copy.renewSoonManual, { date: format.date(renewsAt) })
          : autoRenew
            ? copy.autoRenewOn
            : copy.autoRenewOff}
      </span>
    </span>
  );
}
