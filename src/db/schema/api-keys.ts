import { index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

/**
 * Keys for the public JSON API: only the sha256 of a key and a short prefix are stored. Users cannot read
 * `key_hash` (column privileges), so select explicit columns when querying as a user.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    prefix: text("prefix").notNull(),
    keyHash: text("key_hash").notNull(),
    scopes: text("scopes")
      .array()
      .notNull()
      .default(sql`'{}'`),
    createdBy: uuid("created_by")
      .default(sql`auth.uid()`)
      .references(() => authUsers.id, { onDelete: "set null" }),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
    expiresAt: timestamp("expires_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("api_keys_key_hash_key").on(t.keyHash),
    index("api_keys_org_id_idx").on(t.orgId),
    index("api_keys_created_by_idx").on(t.createdBy),
    pgPolicy("api_keys_select_admin_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
    pgPolicy("api_keys_insert_admin", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`org_id = any ((select private.admin_org_ids())::uuid[]) and created_by = (select auth.uid())`,
    }),
    pgPolicy("api_keys_update_admin", {
      for: "update",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.admin_org_ids())::uuid[]) and revoked_at is null`,
      withCheck: sql`org_id = any ((select private.admin_org_ids())::uuid[])`,
    }),
  ],
).enableRLS();
