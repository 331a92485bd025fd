import { StatCard } from "@/src/components/ui/stat-card";
import { cx } from "@/src/components/ui/cx";
import type { Dictionary } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Formatters } from "@/src/i18n/formatters";
import { formatResponseTime } from "../format-response-time";
import type { TicketStats as Stats } from "../queries/get-ticket-stats";

/**
 * The row above the list: the month's allowance ("12 of 15", with when it resets, or "unlimited"), the average
 * first response over 90 days, the plan's first-response time, and how many tickets wait on the client.
 */
export function TicketStats({
  stats,
  limit,
  slaHours,
  planName,
  waitingHref,
  t,
  format,
}: {
  stats: Stats;
  /** The effective tickets_per_month; null is unlimited. */
  limit: number | null;
  slaHours: number | null;
  planName: string;
  /** The list filtered to the tickets waiting on the client. */
  waitingHref: string;
  t: Dictionary;
  format: Formatters;
}) {
  const copy = t.tickets.stats;
  const used = stats.allowance.usedThisMonth;
  const resetsOn = format.date(stats.allowance.resetsAt);
  const ratio = limit === null ? 0 : limit === 0 ? 1 : Math.min(used / limit, 1);
  const summary =
    limit === null
      ? formatMessage(copy.allowanceUnlimited, { used: format.number(used) })
      : formatMessage(copy.allowanceOf, { used: format.number(used), limit: format.number(limit) });
  return (
    <div className="grid grid-cols-2 gap-3 sm:gap-4 xl:grid-cols-4">
      <StatCard
        label={copy.allowance}
        value={summary}
        hint={
          limit === null
            ? formatMessage(copy.unlimitedHint, { plan: planName })
            : formatMessage(ratio >= 1 ? copy.atLimit : copy.resetsOn, { date: resetsOn })
        }
      >
        {limit === null ? null : (
          <div
            role="meter"
            aria-label={copy.allowance}
            aria-valuemin={0}
            aria-valuemax={limit}
            aria-valuenow={Math.min(used, limit)}
            aria-valuetext={summary}
            className="mt-3 h-2 overflow-hidden rounded-full bg-surface-muted"
          >
            <div
              className={cx(
                "h-full rounded-full",
                ratio >= 1 ? "bg-danger" : ratio >= 0.8 ? "bg-warning" : "bg-accent",
              )}
              style={{ width: `${Math.max(ratio * 100, used > 0 ? 2 : 0)}%` }}
            />
          </div>
        )}
      </StatCard>
      <StatCard
        label={copy.responseTime}
        value={
          stats.averageFirstResponseSeconds === null
            ? t.workspace.none
            : formatResponseTime(stats.averageFirstResponseSeconds, format.locale)
        }
        hint={
          stats.responded === 0 ? (
            copy.responseTimeNone
          ) : (
            <>
              {format.plural(stats.responded, copy.responseTimeHint)}
              {stats.respondedWithSla > 0 ? (
                <span className="block">
                  {formatMessage(copy.withinSla, { percent: format.percent(stats.metSla / stats.respondedWithSla) })}
                </span>
              ) : null}
            </>
          )
        }
      />
      <StatCard
        label={copy.planSla}
        value={slaHours === null ? t.workspace.none : formatResponseTime(slaHours * 3600, format.locale)}
        hint={formatMessage(slaHours === null ? copy.planSlaNone : copy.planSlaHint, { plan: planName })}
      />
      <StatCard
        label={copy.waiting}
        value={format.number(stats.waitingClient)}
        hint={format.plural(stats.active, copy.waitingHint)}
        href={stats.waitingClient > 0 ? waitingHref : undefined}
      />
    </div>
  );
}
