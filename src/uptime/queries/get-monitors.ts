import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface MonitorView {
  id: string;
  url: string;
  keyword: string | null;
  enabled: boolean;
  /** The latest check, if any: up or down, when, and why it failed. */
  lastCheck: { ok: boolean; checkedAt: Date; error: string | null } | null;
}

/** The organization's monitors with their latest check, in the order they were added. */
export async function getMonitors(db: RequestDb, orgId: string): Promise<MonitorView[]> {
  const rows = await db((tx) =>
    tx.execute<{
      id: string;
      url: string;
      keyword: string | null;
      enabled: boolean;
      ok: boolean | null;
      checked_at: string | null;
      error: string | null;
    }>(sql`
      select m.id, m.url, m.keyword, m.enabled, c.ok, c.checked_at, c.error
      from public.monitors m
      left join lateral (
        select u.ok, u.checked_at, u.error from public.uptime_checks u
        where u.monitor_id = m.id order by u.checked_at desc limit 1
      ) c on true
      where m.org_id = ${orgId}
      order by m.created_at, m.id`),
  );
  return rows.map((r) => ({
    id: r.id,
    url: r.url,
    keyword: r.keyword,
    enabled: r.enabled,
    lastCheck: r.checked_at === null ? null : { ok: r.ok === true, checkedAt: new Date(r.checked_at), error: r.error },
  }));
}
