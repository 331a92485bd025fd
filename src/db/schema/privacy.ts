import { bigint, index, integer, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

export const dataExportStatuses = ["queued", "building", "ready", "failed", "expired"] as const;
export type DataExportStatus = (typeof dataExportStatuses)[number];

/**
 * Data export requests (LGPD access and portability): a person's own data (`account`) or an organization's
 * (`organization`, its owners). Requested through `public.request_data_export`; the export job builds the zip.
 */
export const dataExports = pgTable(
  "data_exports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    scope: text("scope", { enum: ["account", "organization"] }).notNull(),
    requestedBy: uuid("requested_by").references(() => authUsers.id, { onDelete: "set null" }),
    orgId: uuid("org_id").references(() => organizations.id, { onDelete: "cascade" }),
    status: text("status", { enum: dataExportStatuses }).notNull().default("queued"),
    progress: integer("progress").notNull().default(0),
    objectName: text("object_name"),
    bytes: bigint("bytes", { mode: "number" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    finishedAt: timestamp("finished_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("data_exports_one_running_organization_idx")
      .on(t.orgId)
      .where(sql`scope = 'organization' and status in ('queued', 'building')`),
    uniqueIndex("data_exports_one_running_account_idx")
      .on(t.requestedBy)
      .where(sql`scope = 'account' and status in ('queued', 'building')`),
    index("data_exports_org_id_created_at_idx").on(t.orgId, t.createdAt),
    index("data_exports_requested_by_created_at_idx").on(t.requestedBy, t.createdAt),
    index("data_exports_object_name_idx").on(t.objectName),
    index("data_exports_ready_expires_at_idx")
      .on(t.expiresAt)
      .where(sql`status = 'ready'`),
    pgPolicy("data_exports_select_own_or_owner", {
      for: "select",
      to: authenticatedRole,
      using: sql`(scope = 'account' and requested_by = (select auth.uid())) or (scope = 'organization' and org_id = any ((select private.owner_org_ids())::uuid[]))`,
    }),
  ],
).enableRLS();

/**
 * Account deletion requests (LGPD erasure): 30 days of grace, cancellable, then the erasure job deletes the
 * Auth user. No foreign key: the row is the record that the erasure was asked for and done.
 */
export const accountDeletions = pgTable(
  "account_deletions",
  {
    userId: uuid("user_id").primaryKey(),
    requestedAt: timestamp("requested_at", { withTimezone: true }).notNull().defaultNow(),
    eraseAfter: timestamp("erase_after", { withTimezone: true }).notNull(),
    cancelledAt: timestamp("cancelled_at", { withTimezone: true }),
    erasedAt: timestamp("erased_at", { withTimezone: true }),
  },
  (t) => [
    index("account_deletions_due_idx")
      .on(t.eraseAfter)
      .where(sql`cancelled_at is null and erased_at is null`),
    pgPolicy("account_deletions_select_own", {
      for: "select",
      to: authenticatedRole,
      using: sql`user_id = (select auth.uid())`,
    }),
  ],
).enableRLS();
