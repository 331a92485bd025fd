import { index, jsonb, pgPolicy, pgTable, smallint, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";
import { leads } from "./leads";

/**
 * One analyzer run. Written by the API route and the analysis job (service role); read by staff, and by
 * anonymous visitors only through `funnel.analysis_status()`.
 */
export const urlAnalyses = pgTable(
  "url_analyses",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    url: text("url").notNull(),
    normalizedUrl: text("normalized_url").notNull(),
    finalUrl: text("final_url"),
    leadId: uuid("lead_id").references(() => leads.id, { onDelete: "set null" }),
    ipHash: text("ip_hash"),
    status: text("status", { enum: ["queued", "running", "done", "failed"] })
      .notNull()
      .default("queued"),
    progress: smallint("progress").notNull().default(0),
    stage: text("stage", { enum: ["queued", "loading", "auditing", "saving", "done", "failed"] })
      .notNull()
      .default("queued"),
    result: jsonb("result"),
    failureReason: text("failure_reason"),
    screenshotObject: text("screenshot_object"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    index("url_analyses_normalized_url_created_at_idx").on(t.normalizedUrl, t.createdAt.desc()),
    index("url_analyses_lead_id_idx").on(t.leadId),
    pgPolicy("url_analyses_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
