import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

export interface DueMonitor {
  id: string;
  orgId: string;
  projectId: string | null;
  url: string;
  keyword: string | null;
}

/**
 * The enabled monitors whose check falls in the minute `slot`, at their plan's interval. Each monitor keeps
 * its own phase within the interval (a hash of its id), so a plan's monitors spread over the minutes instead
 * of all landing on the same one; the answer for a slot is always the same, which keeps a rerun idempotent.
 * `all` lists every enabled monitor (a run requested by hand).
 */
export async function listDueMonitors(slot: Date, options: { all?: boolean } = {}): Promise<DueMonitor[]> {
  const minute = Math.floor(slot.getTime() / 60_000);
  const rows = await serviceDb().execute<{
    id: string;
    org_id: string;
    project_id: string | null;
    url: string;
    keyword: string | null;
  }>(sql`
    select m.id, m.org_id, m.project_id, m.url, m.keyword
    from public.monitors m
    join public.organizations o on o.id = m.org_id
    join public.plans p on p.key = o.tier
    where m.enabled
      and (${options.all ?? false}
        or mod(${minute}::bigint + abs(hashtext(m.id::text)::bigint), p.uptime_interval_minutes) = 0)
    order by m.org_id, m.id`);
  return rows.map((r) => ({ id: r.id, orgId: r.org_id, projectId: r.project_id, url: r.url, keyword: r.keyword }));
}
