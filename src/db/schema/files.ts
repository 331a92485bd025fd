import { bigint, index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";

const memberOrStaff = sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`;

/** Folders of the client file store: members create, creators and owners/admins rename, owners/admins delete. */
export const storageFolders = pgTable(
  "storage_folders",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    parentId: uuid("parent_id"),
    name: text("name").notNull(),
    createdBy: uuid("created_by").default(sql`auth.uid()`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("storage_folders_org_id_idx").on(t.orgId),
    index("storage_folders_parent_id_org_id_idx").on(t.parentId, t.orgId),
    index("storage_folders_created_by_idx").on(t.createdBy),
    uniqueIndex("storage_folders_id_org_id_idx").on(t.id, t.orgId),
    pgPolicy("storage_folders_select_member_or_staff", { for: "select", to: authenticatedRole, using: memberOrStaff }),
    pgPolicy("storage_folders_insert_member", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`org_id = any ((select private.member_org_ids())::uuid[]) and created_by = (select auth.uid())`,
    }),
    pgPolicy("storage_folders_update_creator_or_admin", {
      for: "update",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.admin_org_ids())::uuid[])
        or (org_id = any ((select private.member_org_ids())::uuid[]) and created_by = (select auth.uid()))`,
      withCheck: sql`org_id = any ((select private.member_org_ids())::uuid[])`,
    }),
    pgPolicy("storage_folders_delete_admin", {
      for: "delete",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.admin_org_ids())::uuid[])`,
    }),
  ],
).enableRLS();

/**
 * Metadata of an object in the private `client-files` bucket, named `<org_id>/<uuid>/<file name>`. Upload the
 * object first: its bytes count against the storage limit from then on, and the row takes its size and type.
 */
export const storageFiles = pgTable(
  "storage_files",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    folderId: uuid("folder_id"),
    bucketId: text("bucket_id").notNull().default("client-files"),
    objectName: text("object_name").notNull(),
    name: text("name").notNull(),
    mimeType: text("mime_type"),
    sizeBytes: bigint("size_bytes", { mode: "number" }).notNull(),
    uploadedBy: uuid("uploaded_by").default(sql`auth.uid()`),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("storage_files_bucket_id_object_name_idx").on(t.bucketId, t.objectName),
    index("storage_files_org_id_idx").on(t.orgId),
    index("storage_files_folder_id_org_id_idx").on(t.folderId, t.orgId),
    index("storage_files_uploaded_by_idx").on(t.uploadedBy),
    pgPolicy("storage_files_select_member_or_staff", { for: "select", to: authenticatedRole, using: memberOrStaff }),
    pgPolicy("storage_files_insert_member", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`org_id = any ((select private.member_org_ids())::uuid[])
        and uploaded_by = (select auth.uid()) and bucket_id = 'client-files'`,
    }),
    pgPolicy("storage_files_update_uploader_or_admin", {
      for: "update",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.admin_org_ids())::uuid[])
        or (org_id = any ((select private.member_org_ids())::uuid[]) and uploaded_by = (select auth.uid()))`,
      withCheck: sql`org_id = any ((select private.member_org_ids())::uuid[])`,
    }),
    pgPolicy("storage_files_delete_admin", {
      for: "delete",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.admin_org_ids())::uuid[])`,
    }),
  ],
).enableRLS();
