import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import { performanceUrl } from "./performance-url";

export interface ClaimedRun {
  runId: string;
  orgId: string;
  url: string;
}

/**
 * Marks a run `running` and returns the page to measure, or null when the run already ended (a repeated
 * event, a rerun) or is gone with its domain. A run left `running` by a crash is claimed again by its retry.
 */
export async function claimPerformanceRun(runId: string): Promise<ClaimedRun | null> {
  const [run] = await serviceDb().execute<{ org_id: string; name: string }>(sql`
    update public.performance_runs r set status = 'running', started_at = coalesce(r.started_at, now())
    from public.domains d
    where r.id = ${runId} and d.id = r.domain_id and r.status in ('queued', 'running')
    returning r.org_id, d.name::text as name`);
  return run ? { runId, orgId: run.org_id, url: performanceUrl(run.name) } : null;
}
