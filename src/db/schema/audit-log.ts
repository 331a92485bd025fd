import { sql } from "drizzle-orm";
import { bigint, boolean, index, jsonb, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";

/**
 * Append-only trail of changes, written by the `audit_row_change` trigger. No foreign keys: entries outlive
 * what they mention. Staff read it all; the organization's owners/admins read the entries of rows they could
 * read in the source table (`staff_only` is decided when the entry is written).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    occurredAt: timestamp("occurred_at", { withTimezone: true }).notNull().defaultNow(),
    actorId: uuid("actor_id"),
    impersonatorId: uuid("impersonator_id"),
    impersonationSessionId: uuid("impersonation_session_id"),
    orgId: uuid("org_id"),
    action: text("action", { enum: ["insert", "update", "delete"] }).notNull(),
    tableName: text("table_name").notNull(),
    rowId: text("row_id"),
    before: jsonb("before").$type<Record<string, unknown>>(),
    after: jsonb("after").$type<Record<string, unknown>>(),
    staffOnly: boolean("staff_only").notNull().default(true),
  },
  (t) => [
    index("audit_log_org_id_occurred_at_idx").on(t.orgId, t.occurredAt),
    index("audit_log_actor_id_idx").on(t.actorId),
    index("audit_log_impersonator_id_idx")
      .on(t.impersonatorId)
      .where(sql`impersonator_id is not null`),
    pgPolicy("audit_log_select_staff_or_org_admin", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff()) or (not staff_only and org_id = any ((select private.admin_org_ids())::uuid[]))`,
    }),
  ],
).enableRLS();
