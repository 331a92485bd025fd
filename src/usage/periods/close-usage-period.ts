import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { queueAdminEmails } from "@/src/notifications/queue-admin-emails";

/** Share of a limit from which the owners are told. */
const WARNING_RATIO = 0.8;
/** The monthly limits a closed month is measured against. */
const WARNED_LIMITS = ["tickets_per_month", "storage_bytes"] as const;

export interface ClosedPeriod {
  /** False when the month was already closed (a rerun): nothing was written. */
  closed: boolean;
  /** On a paid plan when the month closed: its monthly report is due. */
  paying: boolean;
  warnings: string[];
  emails: number;
}

/**
 * Closes one organization's month in one transaction: its usage (tickets, storage, uptime and performance
 * checks in the month, in the organization's time zone) and the limits in force go to `usage_periods`, the
 * new month's ticket counter is opened, and the owners are told of each limit used at 80 % or more. The
 * history row is the mark: a second close of the same month writes and sends nothing.
 */
export async function closeUsagePeriod(orgId: string, period: string): Promise<ClosedPeriod> {
  return serviceDb().transaction(async (tx) => {
    const [row] = await tx.execute<{
      tier: string;
      tickets: string;
      bytes_stored: string;
      limits: Record<string, number | null>;
    }>(sql`
      with org as (
        select o.id, o.tier, o.time_zone,
          (${`${period}-01`}::timestamp at time zone o.time_zone) as starts,
          ((${`${period}-01`}::timestamp + interval '1 month') at time zone o.time_zone) as ends
        from public.organizations o where o.id = ${orgId}
      )
      insert into public.usage_periods
        (org_id, period, tier, tickets, bytes_stored, uptime_checks, performance_checks, limits)
      select org.id, ${period}, org.tier,
        coalesce((select c.value from public.usage_counters c
          where c.org_id = org.id and c.metric = 'tickets' and c.period = ${period}), 0),
        coalesce((select c.value from public.usage_counters c
          where c.org_id = org.id and c.metric = 'storage_bytes' and c.period = 'total'), 0),
        (select count(*) from public.uptime_checks u
          where u.org_id = org.id and u.checked_at >= org.starts and u.checked_at < org.ends),
        (select count(*) from public.performance_metrics p
          where p.org_id = org.id and p.measured_at >= org.starts and p.measured_at < org.ends),
        coalesce((select jsonb_object_agg(pl.limit_key, coalesce(ov.value, case when ov.org_id is null then pl.value end))
          from public.plan_limits pl
          left join public.org_limit_overrides ov on ov.org_id = org.id and ov.limit_key = pl.limit_key
          where pl.plan_key = org.tier), '{}'::jsonb)
      from org
      on conflict (org_id, period) do nothing
      returning tier, tickets, bytes_stored, limits`);
    if (!row) return { closed: false, paying: false, warnings: [], emails: 0 };

    const next = nextPeriod(period);
    await tx.execute(sql`
      insert into public.usage_counters (org_id, metric, period, value) values (${orgId}, 'tickets', ${next}, 0)
      on conflict (org_id, metric, period) do nothing`);

    const used: Record<(typeof WARNED_LIMITS)[number], number> = {
      tickets_per_month: Number(row.tickets),
      storage_bytes: Number(row.bytes_stored),
    };
    const warnings = WARNED_LIMITS.filter((key) => {
      const max = row.limits[key];
      return typeof max === "number" && max > 0 && used[key] >= WARNING_RATIO * max;
    });
    let emails = 0;
    for (const limitKey of warnings) {
      emails += await queueAdminEmails(tx, {
        orgId,
        template: "usage-warning",
        payload: { orgId, period, limitKey },
        key: `usage-warning:${orgId}:${period}:${limitKey}`,
        roles: ["owner"],
      });
    }
    return { closed: true, paying: row.tier !== "free", warnings, emails };
  });
}

function nextPeriod(period: string): string {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, "0")}`;
}
