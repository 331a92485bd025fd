import { index, jsonb, uniqueIndex, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";

/** One row per job execution, written by the jobs through the service client and read by staff. */
export const jobRuns = pgTable(
  "job_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    job: text("job").notNull(),
    status: text("status", { enum: ["running", "succeeded", "failed"] }).notNull(),
    runKey: text("run_key"),
    detail: jsonb("detail").notNull().default({}),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("job_runs_job_started_at_idx").on(t.job, t.startedAt),
    uniqueIndex("job_runs_job_run_key_idx")
      .on(t.job, t.runKey)
      .where(sql`run_key is not null`),
    pgPolicy("job_runs_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
