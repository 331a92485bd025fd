import { sql } from "drizzle-orm";
import { boolean, index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";

const adminOrStaff = sql`org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff())`;

/** The URLs the uptime job checks; owners, admins and staff manage them (counted against the domain allowance). */
export const monitors = pgTable(
  "monitors",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    url: text("url").notNull(),
    keyword: text("keyword"),
    enabled: boolean("enabled").notNull().default(true),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("monitors_org_id_url_idx").on(t.orgId, t.url),
    index("monitors_project_id_org_id_idx").on(t.projectId, t.orgId),
    index("monitors_enabled_idx")
      .on(t.id)
      .where(sql`enabled`),
    pgPolicy("monitors_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
    pgPolicy("monitors_insert_admin_or_staff", { for: "insert", to: authenticatedRole, withCheck: adminOrStaff }),
    pgPolicy("monitors_update_admin_or_staff", {
      for: "update",
      to: authenticatedRole,
      using: adminOrStaff,
      withCheck: adminOrStaff,
    }),
    pgPolicy("monitors_delete_admin_or_staff", { for: "delete", to: authenticatedRole, using: adminOrStaff }),
  ],
).enableRLS();
