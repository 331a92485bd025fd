import { bigint, date, index, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { agencyManagedPolicies, money } from "./projects";

/** Hosting, CDN and database services the agency runs for a client, for one project or the whole org. */
export const infrastructure = pgTable(
  "infrastructure",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    kind: text("kind", { enum: ["hosting", "cdn", "database"] }).notNull(),
    provider: text("provider").notNull(),
    plan: text("plan"),
    status: text("status", { enum: ["operational", "degraded", "down", "maintenance"] })
      .notNull()
      .default("operational"),
    region: text("region"),
    monthlyCost: money("monthly_cost"),
    currency: text("currency").notNull().default("BRL"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("infrastructure_org_id_idx").on(t.orgId),
    index("infrastructure_project_id_org_id_idx").on(t.projectId, t.orgId),
    ...agencyManagedPolicies("infrastructure"),
  ],
).enableRLS();

/** Daily traffic of an organization (project_id null) or of one of its projects; geo maps country to requests. */
export const networkUsage = pgTable(
  "network_usage",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    day: date("day").notNull(),
    requestsTotal: bigint("requests_total", { mode: "number" }).notNull().default(0),
    requests2xx: bigint("requests_2xx", { mode: "number" }).notNull().default(0),
    requests3xx: bigint("requests_3xx", { mode: "number" }).notNull().default(0),
    requests4xx: bigint("requests_4xx", { mode: "number" }).notNull().default(0),
    requests5xx: bigint("requests_5xx", { mode: "number" }).notNull().default(0),
    bandwidthBytes: bigint("bandwidth_bytes", { mode: "number" }).notNull().default(0),
    geo: jsonb("geo").$type<Record<string, number>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // One row per (organization, project, day), the organization-wide row included.
    uniqueIndex("network_usage_org_id_day_key")
      .on(t.orgId, t.day)
      .where(sql`project_id is null`),
    uniqueIndex("network_usage_org_id_project_id_day_key")
      .on(t.orgId, t.projectId, t.day)
      .where(sql`project_id is not null`),
    index("network_usage_org_id_day_idx").on(t.orgId, t.day),
    index("network_usage_project_id_org_id_idx").on(t.projectId, t.orgId),
    ...agencyManagedPolicies("network_usage"),
  ],
).enableRLS();
