import { sql } from "drizzle-orm";
import { bigint, jsonb, pgPolicy, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

/** A closed month of an organization's usage, against the limits in force when it closed (null: unlimited). */
export const usagePeriods = pgTable(
  "usage_periods",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    tier: text("tier").notNull(),
    tickets: bigint("tickets", { mode: "number" }).notNull(),
    bytesStored: bigint("bytes_stored", { mode: "number" }).notNull(),
    uptimeChecks: bigint("uptime_checks", { mode: "number" }).notNull(),
    performanceChecks: bigint("performance_checks", { mode: "number" }).notNull(),
    limits: jsonb("limits").$type<Record<string, number | null>>().notNull().default({}),
    closedAt: timestamp("closed_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "usage_periods_pkey", columns: [t.orgId, t.period] }),
    pgPolicy("usage_periods_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
  ],
).enableRLS();
