import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export type PerformanceRunStatus = "queued" | "running" | "succeeded" | "failed";

export interface PerformanceRunsView {
  /** The organization's active domains, which "Measure now" offers. */
  domains: { id: string; name: string }[];
  /** The latest runs, newest first. */
  recent: {
    id: string;
    domain: string;
    trigger: "schedule" | "manual";
    status: PerformanceRunStatus;
    failureReason: string | null;
    createdAt: Date;
  }[];
  /** "Measure now" runs asked for in the last 24 hours, and the plan's allowance. */
  used: number;
  allowance: number;
}

const RECENT = 8;

/** What the performance page's "Measure now" card shows, in one statement under the user's row-level security. */
export async function getPerformanceRuns(db: RequestDb, orgId: string): Promise<PerformanceRunsView> {
  const [row] = await db((tx) =>
    tx.execute<{
      domains: PerformanceRunsView["domains"];
      recent: (Omit<PerformanceRunsView["recent"][number], "createdAt"> & { createdAt: string })[];
      used: number;
      allowance: number;
    }>(sql`
      select
        coalesce((select jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name) order by d.name)
          from public.domains d where d.org_id = ${orgId} and d.status = 'active'), '[]'::jsonb) as domains,
        coalesce((select jsonb_agg(jsonb_build_object('id', r.id, 'domain', r.name, 'trigger', r.trigger,
            'status', r.status, 'failureReason', r.failure_reason, 'createdAt', r.created_at) order by r.created_at desc)
          from (select r.*, d.name from public.performance_runs r join public.domains d on d.id = r.domain_id
            where r.org_id = ${orgId} order by r.created_at desc limit ${RECENT}) r), '[]'::jsonb) as recent,
        (select count(*)::int from public.performance_runs r where r.org_id = ${orgId} and r.trigger = 'manual'
          and r.created_at > now() - interval '24 hours') as used,
        coalesce((select p.performance_runs_per_day from public.organizations o join public.plans p on p.key = o.tier
          where o.id = ${orgId}), 0) as allowance`),
  );
  const r = row!;
  return { ...r, recent: r.recent.map((run) => ({ ...run, createdAt: new Date(run.createdAt) })) };
}
