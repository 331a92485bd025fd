import "server-only";
import { sql } from "drizzle-orm";
import { jobRuns } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

export interface JobRunInput {
  job: string;
  /** Identifies one logical run (a schedule slot, an event id); a second record with it is ignored. */
  runKey: string;
  status: "succeeded" | "failed";
  detail?: Record<string, unknown>;
  startedAt: Date;
}

/**
 * Records a finished job run in `job_runs`. The insert targets the partial unique index on (job, run_key),
 * so a retried or re-delivered run writes nothing the second time; `recorded` says which case happened.
 */
export async function recordJobRun(input: JobRunInput): Promise<{ recorded: boolean }> {
  const rows = await serviceDb()
    .insert(jobRuns)
    .values({
      job: input.job,
      runKey: input.runKey,
      status: input.status,
      detail: input.detail ?? {},
      startedAt: input.startedAt,
      finishedAt: new Date(),
    })
    .onConflictDoNothing({ target: [jobRuns.job, jobRuns.runKey], where: sql`run_key is not null` })
    .returning({ id: jobRuns.id });
  return { recorded: rows.length > 0 };
}
