import { index, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";

/** The local scheduler's runs that have not ended and their finished steps, so a restart resumes them. */
export const schedulerRuns = pgTable(
  "scheduler_runs",
  {
    id: uuid("id").primaryKey(),
    functionId: text("function_id").notNull(),
    event: jsonb("event").notNull(),
    status: text("status", { enum: ["pending", "succeeded", "failed"] })
      .notNull()
      .default("pending"),
    steps: jsonb("steps").notNull().default({}),
    owner: jsonb("owner").notNull(),
    heartbeatAt: timestamp("heartbeat_at", { withTimezone: true }).notNull().defaultNow(),
    error: text("error"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("scheduler_runs_pending_idx")
      .on(t.heartbeatAt)
      .where(sql`status = 'pending'`),
    pgPolicy("scheduler_runs_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
