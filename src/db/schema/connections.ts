import { sql } from "drizzle-orm";
import { index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";

const adminOrStaff = sql`org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff())`;
const staff = sql`(select private.is_staff())`;

/** Staff write, the client's owners and admins (and staff) read; the sealed credential is no API role's to read. */
function connectionPolicies(table: string) {
  return [
    pgPolicy(`${table}_select_admin_or_staff`, { for: "select", to: authenticatedRole, using: adminOrStaff }),
    pgPolicy(`${table}_insert_staff`, { for: "insert", to: authenticatedRole, withCheck: staff }),
    pgPolicy(`${table}_update_staff`, { for: "update", to: authenticatedRole, using: staff, withCheck: staff }),
    pgPolicy(`${table}_delete_staff`, { for: "delete", to: authenticatedRole, using: staff }),
  ];
}

const credentialColumns = {
  credentialSealed: text("credential_sealed").notNull(),
  credentialKeyId: text("credential_key_id").notNull(),
  credentialHint: text("credential_hint").notNull(),
  status: text("status", { enum: ["pending", "active", "error"] })
    .notNull()
    .default("pending"),
  lastSyncedAt: timestamp("last_synced_at", { withTimezone: true }),
  lastError: text("last_error"),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
};

/** A client's connected Google Ads / Meta ad account, with its sealed OAuth credential (sync-campaigns). */
export const adAccounts = pgTable(
  "ad_accounts",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    platform: text("platform", { enum: ["google_ads", "meta_ads"] }).notNull(),
    externalAccountId: text("external_account_id").notNull(),
    loginCustomerId: text("login_customer_id"),
    displayName: text("display_name").notNull(),
    ...credentialColumns,
  },
  (t) => [
    uniqueIndex("ad_accounts_org_id_platform_external_account_id_idx").on(t.orgId, t.platform, t.externalAccountId),
    ...connectionPolicies("ad_accounts"),
  ],
).enableRLS();

/** Where a client's traffic figures come from (a Cloudflare zone, a Vercel project), with a sealed API token. */
export const trafficSources = pgTable(
  "traffic_sources",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    provider: text("provider", { enum: ["cloudflare", "vercel"] }).notNull(),
    externalId: text("external_id").notNull(),
    teamId: text("team_id"),
    displayName: text("display_name").notNull(),
    ...credentialColumns,
  },
  (t) => [
    uniqueIndex("traffic_sources_org_id_provider_external_id_idx").on(t.orgId, t.provider, t.externalId),
    uniqueIndex("traffic_sources_org_id_key")
      .on(t.orgId)
      .where(sql`project_id is null`),
    uniqueIndex("traffic_sources_org_id_project_id_key")
      .on(t.orgId, t.projectId)
      .where(sql`project_id is not null`),
    index("traffic_sources_project_id_org_id_idx").on(t.projectId, t.orgId),
    ...connectionPolicies("traffic_sources"),
  ],
).enableRLS();
