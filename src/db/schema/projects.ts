import {
  customType,
  date,
  index,
  integer,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";

/**
 * Money: numeric(12,2), read as a string so no cent is lost to floating point. Declared with the type name as
 * Postgres prints it, so comparing the mirror with the catalog needs no translation.
 */
export const money = customType<{ data: string; driverData: string }>({
  dataType: () => "numeric(12,2)",
});

/**
 * The policies of a table the agency manages for its clients: the organization's members read, staff read and
 * write. Shared by every client-estate table written only by staff and jobs.
 */
export function agencyManagedPolicies(table: string) {
  const staff = sql`(select private.is_staff())`;
  return [
    pgPolicy(`${table}_select_member_or_staff`, {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
    pgPolicy(`${table}_insert_staff`, { for: "insert", to: authenticatedRole, withCheck: staff }),
    pgPolicy(`${table}_update_staff`, { for: "update", to: authenticatedRole, using: staff, withCheck: staff }),
    pgPolicy(`${table}_delete_staff`, { for: "delete", to: authenticatedRole, using: staff }),
  ];
}

const adminOfOrg = sql`org_id = any ((select private.admin_org_ids())::uuid[])`;

/** The organization's owners and admins add rows too (projects, domains); triggers keep the agency's columns. */
export function clientAdminInsertPolicy(table: string) {
  return pgPolicy(`${table}_insert_admin`, { for: "insert", to: authenticatedRole, withCheck: adminOfOrg });
}

export const projectStatuses = ["discovery", "design", "development", "review", "launched", "maintenance"] as const;

/**
 * Client projects, run by the agency; the client's admins start and rename them (the `projects` tier limit
 * applies on insert; status, completion, budget and manager stay the agency's).
 */
export const projects = pgTable(
  "projects",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    name: text("name").notNull(),
    status: text("status", { enum: projectStatuses }).notNull().default("discovery"),
    completion: integer("completion").notNull().default(0),
    budget: money("budget"),
    currency: text("currency").notNull().default("BRL"),
    startDate: date("start_date"),
    dueDate: date("due_date"),
    managerId: uuid("manager_id"),
    description: text("description"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("projects_org_id_idx").on(t.orgId),
    index("projects_manager_id_idx").on(t.managerId),
    uniqueIndex("projects_id_org_id_idx").on(t.id, t.orgId),
    ...agencyManagedPolicies("projects"),
    clientAdminInsertPolicy("projects"),
    pgPolicy("projects_update_admin", {
      for: "update",
      to: authenticatedRole,
      using: adminOfOrg,
      withCheck: adminOfOrg,
    }),
  ],
).enableRLS();

export const milestones = pgTable(
  "milestones",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id").notNull(),
    orgId: uuid("org_id").notNull(),
    title: text("title").notNull(),
    dueDate: date("due_date"),
    completedAt: timestamp("completed_at", { withTimezone: true }),
    position: integer("position").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("milestones_project_id_org_id_idx").on(t.projectId, t.orgId),
    index("milestones_org_id_idx").on(t.orgId),
    ...agencyManagedPolicies("milestones"),
  ],
).enableRLS();

export const deliveries = pgTable(
  "deliveries",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    projectId: uuid("project_id").notNull(),
    orgId: uuid("org_id").notNull(),
    title: text("title").notNull(),
    deliveredAt: timestamp("delivered_at", { withTimezone: true }).notNull().defaultNow(),
    url: text("url"),
    notes: text("notes"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("deliveries_project_id_org_id_idx").on(t.projectId, t.orgId),
    index("deliveries_org_id_delivered_at_idx").on(t.orgId, t.deliveredAt.desc()),
    ...agencyManagedPolicies("deliveries"),
  ],
).enableRLS();
