import { sql } from "drizzle-orm";
import { boolean, index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
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
    /** The monitor (and so the schedule slot, `checked_at`) that produced the check; null for imported history. */
    monitorId: uuid("monitor_id"),
    /** Why the check failed, in words (timeout, too many redirects, …). */
    error: text("error"),
  },
  (t) => [
    index("uptime_checks_org_id_checked_at_idx").on(t.orgId, t.checkedAt.desc()),
    index("uptime_checks_project_id_org_id_idx").on(t.projectId, t.orgId),
    uniqueIndex("uptime_checks_monitor_id_checked_at_idx").on(t.monitorId, t.checkedAt),
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
    /** The monitor whose failures opened it; at most one open incident per monitor. */
    monitorId: uuid("monitor_id"),
  },
  (t) => [
    index("incidents_org_id_started_at_idx").on(t.orgId, t.startedAt.desc()),
    index("incidents_project_id_org_id_idx").on(t.projectId, t.orgId),
    uniqueIndex("incidents_monitor_id_open_idx")
      .on(t.monitorId)
      .where(sql`resolved_at is null`),
    index("incidents_monitor_id_idx").on(t.monitorId),
    ...agencyManagedPolicies("incidents"),
  ],
).enableRLS();
