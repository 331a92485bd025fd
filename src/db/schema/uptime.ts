import { boolean, index, integer, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencyManagedPolicies } from "./projects";

/** Uptime probes of a client's URLs; status_code is null when no response arrived. */
export const uptimeChecks = pgTable(
  "uptime_checks",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    url: text("url").notNull(),
    checkedAt: timestamp("checked_at", { withTimezone: true }).notNull().defaultNow(),
    statusCode: integer("status_code"),
    responseMs: integer("response_ms"),
    ok: boolean("ok").notNull(),
  },
  (t) => [
    index("uptime_checks_org_id_checked_at_idx").on(t.orgId, t.checkedAt.desc()),
    index("uptime_checks_project_id_org_id_idx").on(t.projectId, t.orgId),
    ...agencyManagedPolicies("uptime_checks"),
  ],
).enableRLS();

/** Outages and degradations of a client's sites; ongoing while resolved_at is null. */
export const incidents = pgTable(
  "incidents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    title: text("title").notNull(),
    severity: text("severity", { enum: ["minor", "major", "critical"] }).notNull(),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    cause: text("cause"),
    postmortem: text("postmortem"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("incidents_org_id_started_at_idx").on(t.orgId, t.startedAt.desc()),
    index("incidents_project_id_org_id_idx").on(t.projectId, t.orgId),
    ...agencyManagedPolicies("incidents"),
  ],
).enableRLS();
