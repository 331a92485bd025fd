import { sql } from "drizzle-orm";
import { boolean, index, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

const ownAsStaff = sql`staff_user_id = (select auth.uid()) and (select private.is_staff())`;

/**
 * "View as": a staff member sees the app as `target_user_id` for at most an hour, read-only unless stated.
 * The database refuses self, staff and overlapping sessions; afterwards a session can only be ended.
 */
export const impersonationSessions = pgTable(
  "impersonation_sessions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffUserId: uuid("staff_user_id")
      .notNull()
      .default(sql`auth.uid()`)
      .references(() => authUsers.id, { onDelete: "cascade" }),
    targetUserId: uuid("target_user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    reason: text("reason").notNull(),
    readOnly: boolean("read_only").notNull().default(true),
    startedAt: timestamp("started_at", { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp("expires_at", { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '1 hour'`),
    endedAt: timestamp("ended_at", { withTimezone: true }),
    /** The organization the session was opened for, whose owners see it in their activity. */
    viewedOrgId: uuid("viewed_org_id").references(() => organizations.id, { onDelete: "cascade" }),
    /** Why a write-enabled session may write; required (by the database) when `read_only` is false. */
    writeReason: text("write_reason"),
  },
  (t) => [
    index("impersonation_sessions_staff_user_id_idx").on(t.staffUserId, t.startedAt),
    index("impersonation_sessions_target_user_id_idx").on(t.targetUserId),
    index("impersonation_sessions_viewed_org_id_idx").on(t.viewedOrgId, t.startedAt),
    pgPolicy("impersonation_sessions_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(${ownAsStaff}) or (select private.staff_role()) = 'admin'`,
    }),
    pgPolicy("impersonation_sessions_insert_staff", { for: "insert", to: authenticatedRole, withCheck: ownAsStaff }),
    pgPolicy("impersonation_sessions_update_staff", {
      for: "update",
      to: authenticatedRole,
      using: ownAsStaff,
      withCheck: ownAsStaff,
    }),
  ],
).enableRLS();
