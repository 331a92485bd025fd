import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  index,
  integer,
  jsonb,
  numeric,
  pgPolicy,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { anonRole, authenticatedRole, authUsers } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

const isStaff = sql`(select private.is_staff())`;
const isStaffAdmin = sql`(select private.staff_role()) = 'admin'`;

/** What a plan includes beyond its numeric limits (`plans.features`). */
export interface PlanFeatures {
  campaign_platforms: string[];
  ai_insights: "none" | "standard" | "priority";
  /** On-demand insights per rolling 24 hours (0 without insights). */
  ai_insights_per_day?: number;
  white_label: boolean;
  custom_performance_checks: boolean;
}

/** The price list. Tiers are data: organizations reference a plan's key. A null price is "on request". */
export const plans = pgTable(
  "plans",
  {
    key: text("key").primaryKey(),
    name: text("name").notNull(),
    price: numeric("price"),
    currency: text("currency").notNull().default("BRL"),
    slaFirstResponseHours: integer("sla_first_response_hours"),
    performanceCheckInterval: text("performance_check_interval", { enum: ["weekly", "daily", "hourly"] }).notNull(),
    features: jsonb("features").$type<PlanFeatures>().notNull(),
    isPublic: boolean("is_public").notNull().default(true),
    sortOrder: smallint("sort_order").notNull().default(0),
    /** Minutes between two checks of each uptime monitor. */
    uptimeIntervalMinutes: integer("uptime_interval_minutes").notNull().default(15),
    /** "Measure now" runs an organization may ask for in 24 hours. */
    performanceRunsPerDay: integer("performance_runs_per_day").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    pgPolicy("plans_select_public", { for: "select", to: [anonRole, authenticatedRole], using: sql`is_public` }),
    pgPolicy("plans_select_staff", { for: "select", to: authenticatedRole, using: isStaff }),
    pgPolicy("plans_select_own_tier", {
      for: "select",
      to: authenticatedRole,
      using: sql`key in (select o.tier from public.organizations o where o.id = any ((select private.member_org_ids())::uuid[]))`,
    }),
    pgPolicy("plans_write_staff_admin", {
      for: "all",
      to: authenticatedRole,
      using: isStaffAdmin,
      withCheck: isStaffAdmin,
    }),
  ],
).enableRLS();

/** One row per plan and limit key; a null value is unlimited. */
export const planLimits = pgTable(
  "plan_limits",
  {
    planKey: text("plan_key")
      .notNull()
      .references(() => plans.key, { onDelete: "cascade" }),
    limitKey: text("limit_key").notNull(),
    value: bigint("value", { mode: "number" }),
  },
  (t) => [
    primaryKey({ name: "plan_limits_pkey", columns: [t.planKey, t.limitKey] }),
    pgPolicy("plan_limits_select_visible_plan", {
      for: "select",
      to: [anonRole, authenticatedRole],
      using: sql`plan_key in (select p.key from public.plans p)`,
    }),
    pgPolicy("plan_limits_write_staff_admin", {
      for: "all",
      to: authenticatedRole,
      using: isStaffAdmin,
      withCheck: isStaffAdmin,
    }),
  ],
).enableRLS();

/** A per-organization exception to its plan's limit (null value: unlimited). Set by staff admins. */
export const orgLimitOverrides = pgTable(
  "org_limit_overrides",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    limitKey: text("limit_key").notNull(),
    value: bigint("value", { mode: "number" }),
    reason: text("reason").notNull(),
    createdBy: uuid("created_by")
      .default(sql`auth.uid()`)
      .references(() => authUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("org_limit_overrides_org_id_limit_key_idx").on(t.orgId, t.limitKey),
    index("org_limit_overrides_created_by_idx").on(t.createdBy),
    pgPolicy("org_limit_overrides_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or ${isStaff}`,
    }),
    pgPolicy("org_limit_overrides_write_staff_admin", {
      for: "all",
      to: authenticatedRole,
      using: isStaffAdmin,
      withCheck: isStaffAdmin,
    }),
  ],
).enableRLS();
