import { index, pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";

const staffAdmin = sql`(select private.staff_role()) = 'admin'`;

/**
 * Agency staff. Kept apart from anything a user can edit: staff admins manage it (never their own row, and the
 * agency keeps one admin), checked in the database.
 */
export const staff = pgTable(
  "staff",
  {
    userId: uuid("user_id").primaryKey(),
    role: text("role", { enum: ["admin", "developer"] }).notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    pgPolicy("staff_select_self_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`user_id = (select auth.uid()) or (select private.is_staff())`,
    }),
    pgPolicy("staff_insert_staff_admin", { for: "insert", to: authenticatedRole, withCheck: staffAdmin }),
    pgPolicy("staff_update_staff_admin", {
      for: "update",
      to: authenticatedRole,
      using: staffAdmin,
      withCheck: staffAdmin,
    }),
    pgPolicy("staff_delete_staff_admin", { for: "delete", to: authenticatedRole, using: staffAdmin }),
  ],
).enableRLS();

/** What staff admins did to user accounts through the Auth admin API, and why; never changed. */
export const userAdminActions = pgTable(
  "user_admin_actions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    staffUserId: uuid("staff_user_id")
      .default(sql`auth.uid()`)
      .references(() => authUsers.id, { onDelete: "set null" }),
    targetUserId: uuid("target_user_id").references(() => authUsers.id, { onDelete: "set null" }),
    targetEmail: text("target_email").notNull(),
    action: text("action", { enum: ["invite_staff", "password_reset", "ban", "unban"] }).notNull(),
    reason: text("reason").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("user_admin_actions_staff_user_id_idx").on(t.staffUserId, t.createdAt),
    index("user_admin_actions_target_user_id_idx").on(t.targetUserId, t.createdAt),
    pgPolicy("user_admin_actions_select_staff_admin", { for: "select", to: authenticatedRole, using: staffAdmin }),
    pgPolicy("user_admin_actions_insert_staff_admin", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`staff_user_id = (select auth.uid()) and (select private.staff_role()) = 'admin'`,
    }),
  ],
).enableRLS();
