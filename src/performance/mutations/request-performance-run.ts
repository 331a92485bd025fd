import "server-only";
import { sql } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Asks for a Lighthouse run of one of the organization's active domains now, as the request's user. The
 * database decides (performance_runs_insert_admin, enforce_performance_run_limit): members are refused, the
 * plan's runs per 24 hours are counted under a lock on the organization (`tier_limit_exceeded:
 * performance_runs_per_day`, worded "1 of 1"), and a domain already queued or running answers `conflict`.
 */
export async function requestPerformanceRun(
  db: RequestDb,
  orgId: string,
  domainId: string,
): Promise<{ runId: string; domainId: string }> {
  return db(async (tx) => {
    const [domain] = await tx.execute<{ id: string }>(sql`
      select id from public.domains where id = ${domainId} and org_id = ${orgId} and status = 'active'`);
    if (!domain) throw new AppError("not_found");
    const [run] = await tx.execute<{ id: string }>(sql`
      insert into public.performance_runs (org_id, domain_id, trigger)
      values (${orgId}, ${domainId}, 'manual')
      returning id`);
    if (!run) throw new Error("insert into performance_runs returned no row");
    return { runId: run.id, domainId };
  });
}
