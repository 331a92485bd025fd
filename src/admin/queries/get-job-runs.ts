import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface JobRun {
  status: "running" | "succeeded" | "failed";
  runKey: string | null;
  startedAt: Date;
  durationMs: number | null;
  error: string | null;
}

export interface JobSummary {
  job: string;
  runs: JobRun[];
  failures30d: number;
}

type Row = {
  job: string;
  failures_30d: number;
  runs: Array<{
    status: JobRun["status"];
    runKey: string | null;
    startedAt: string;
    durationMs: number | null;
    error: string | null;
  }>;
};

/** Each job's last ten runs (outcome, duration, the error of a failure) and its failures in 30 days, as staff read them. */
export async function getJobRuns(db: RequestDb): Promise<JobSummary[]> {
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      select j.job,
        (select count(*)::int from public.job_runs f
          where f.job = j.job and f.status = 'failed' and f.started_at > now() - interval '30 days') as failures_30d,
        (select jsonb_agg(r order by r."startedAt" desc) from (
          select x.status, x.run_key as "runKey", x.started_at as "startedAt",
            (extract(epoch from x.finished_at - x.started_at) * 1000)::int as "durationMs", x.detail ->> 'error' as error
          from public.job_runs x where x.job = j.job order by x.started_at desc limit 10) r) as runs
      from (select distinct job from public.job_runs) j
      order by j.job`),
  );
  return rows.map((row) => ({
    job: row.job,
    failures30d: row.failures_30d,
    runs: row.runs.map((run) => ({ ...run, startedAt: new Date(run.startedAt) })),
  }));
}
