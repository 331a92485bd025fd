import { sql } from "drizzle-orm";
import { index, integer, numeric, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";
import { agencyManagedPolicies } from "./projects";

/** Lab and field measurements of a client's URLs (Core Web Vitals, Lighthouse scores); null: not measured. */
export const performanceMetrics = pgTable(
  "performance_metrics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    url: text("url").notNull(),
    measuredAt: timestamp("measured_at", { withTimezone: true }).notNull().defaultNow(),
    lcpMs: integer("lcp_ms"),
    inpMs: integer("inp_ms"),
    cls: numeric("cls"),
    fcpMs: integer("fcp_ms"),
    ttfbMs: integer("ttfb_ms"),
    performanceScore: integer("performance_score"),
    accessibilityScore: integer("accessibility_score"),
    bestPracticesScore: integer("best_practices_score"),
    seoScore: integer("seo_score"),
    grade: text("grade", { enum: ["A", "B", "C", "D", "E", "F"] }),
    source: text("source", { enum: ["lighthouse", "crux", "analyzer"] }).notNull(),
    /** The scheduled or requested run that wrote it (one metric per run). */
    runId: uuid("run_id"),
  },
  (t) => [
    index("performance_metrics_org_id_measured_at_idx").on(t.orgId, t.measuredAt.desc()),
    index("performance_metrics_project_id_org_id_idx").on(t.projectId, t.orgId),
    uniqueIndex("performance_metrics_run_id_idx").on(t.runId),
    ...agencyManagedPolicies("performance_metrics"),
  ],
).enableRLS();

/** Lighthouse runs of a domain: one per schedule slot, or asked for by an owner or admin ("Measure now"). */
export const performanceRuns = pgTable(
  "performance_runs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    domainId: uuid("domain_id").notNull(),
    slot: timestamp("slot", { withTimezone: true }).notNull().defaultNow(),
    trigger: text("trigger", { enum: ["schedule", "manual"] }).notNull(),
    requestedBy: uuid("requested_by"),
    status: text("status", { enum: ["queued", "running", "succeeded", "failed"] })
      .notNull()
      .default("queued"),
    failureReason: text("failure_reason"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("performance_runs_domain_id_slot_idx").on(t.domainId, t.slot),
    uniqueIndex("performance_runs_pending_manual_idx")
      .on(t.domainId)
      .where(sql`trigger = 'manual' and status in ('queued', 'running')`),
    index("performance_runs_org_id_created_at_idx").on(t.orgId, t.createdAt.desc()),
    index("performance_runs_requested_by_idx").on(t.requestedBy),
    index("performance_runs_domain_id_org_id_idx").on(t.domainId, t.orgId),
    pgPolicy("performance_runs_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
    pgPolicy("performance_runs_insert_admin", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`org_id = any ((select private.admin_org_ids())::uuid[]) and trigger = 'manual'`,
    }),
  ],
).enableRLS();
