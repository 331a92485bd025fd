import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import type { TrafficDay } from "./traffic-day";

/**
 * Upserts a source's days into network_usage for its scope (the organization, or one project), in one
 * transaction. A provider's day is its whole day so far, so each run replaces the day's figures; a row is
 * rewritten only when one changed. Returns the rows inserted or changed.
 */
export async function recordTrafficDays(
  scope: { orgId: string; projectId: string | null },
  days: TrafficDay[],
): Promise<number> {
  if (days.length === 0) return 0;
  const rows = days.map((d) => ({
    day: d.day,
    requests_total: d.requests,
    requests_2xx: d.byStatusClass["2xx"],
    requests_3xx: d.byStatusClass["3xx"],
    requests_4xx: d.byStatusClass["4xx"],
    requests_5xx: d.byStatusClass["5xx"],
    bandwidth_bytes: d.bytes,
    geo: d.byCountry,
  }));
  // The two partial unique indexes of network_usage: the organization-wide row, or a project's.
  const target =
    scope.projectId === null
      ? sql`(org_id, day) where project_id is null`
      : sql`(org_id, project_id, day) where project_id is not null`;
  return serviceDb().transaction(async (tx) => {
    const written = await tx.execute<{ id: string }>(sql`
      insert into public.network_usage as n (org_id, project_id, day, requests_total, requests_2xx, requests_3xx,
        requests_4xx, requests_5xx, bandwidth_bytes, geo)
      select ${scope.orgId}, ${scope.projectId}::uuid, r.day, r.requests_total, r.requests_2xx, r.requests_3xx,
        r.requests_4xx, r.requests_5xx, r.bandwidth_bytes, r.geo
      from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(day date, requests_total bigint,
        requests_2xx bigint, requests_3xx bigint, requests_4xx bigint, requests_5xx bigint, bandwidth_bytes bigint,
        geo jsonb)
      on conflict ${target} do update set
        requests_total = excluded.requests_total, requests_2xx = excluded.requests_2xx,
        requests_3xx = excluded.requests_3xx, requests_4xx = excluded.requests_4xx,
        requests_5xx = excluded.requests_5xx, bandwidth_bytes = excluded.bandwidth_bytes, geo = excluded.geo
      where (n.requests_total, n.requests_2xx, n.requests_3xx, n.requests_4xx, n.requests_5xx, n.bandwidth_bytes, n.geo)
        is distinct from (excluded.requests_total, excluded.requests_2xx, excluded.requests_3xx,
          excluded.requests_4xx, excluded.requests_5xx, excluded.bandwidth_bytes, excluded.geo)
      returning n.id`);
    return written.length;
  });
}
