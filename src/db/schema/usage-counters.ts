import { sql } from "drizzle-orm";
import { bigint, pgPolicy, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

/**
 * Usage per organization, metric and period ('2026-11' in the organization's time zone, or 'total'). Written
 * only by the database's limit functions; members read their organization's.
 */
export const usageCounters = pgTable(
  "usage_counters",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    metric: text("metric").notNull(),
    period: text("period").notNull(),
    value: bigint("value", { mode: "number" }).notNull().default(0),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "usage_counters_pkey", columns: [t.orgId, t.metric, t.period] }),
    pgPolicy("usage_counters_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
  ],
).enableRLS();
