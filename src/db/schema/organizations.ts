import { sql } from "drizzle-orm";
import { index, jsonb, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";
import { citext } from "./citext";
import { plans } from "./plans";

const isStaff = sql`(select private.is_staff())`;
const adminOfOrg = sql`id = any ((select private.admin_org_ids())::uuid[]) or (select private.staff_role()) = 'admin'`;
const adminOrSelf = sql`org_id = any ((select private.admin_org_ids())::uuid[]) or user_id = (select auth.uid())`;

/** Brand settings shown instead of Arco's on white-label plans. */
export interface WhiteLabelSettings {
  brand_name?: string;
  /** An image elsewhere (seeded brands); an uploaded logo is `logo_object` in the brand-logos bucket. */
  logo_url?: string;
  logo_object?: string;
  primary_color?: string;
  accent_color?: string;
  /** Set by the agency when it points the client's domain at the dashboard; shown to the client. */
  custom_domain?: string;
  /** Where the client's people write for help under the brand. */
  support_email?: string;
}

/**
 * A client organization (tenant). Created through `public.create_organization` (which makes the caller its
 * owner); `tier` only changes through billing or a staff admin.
 */
export const organizations = pgTable(
  "organizations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    name: text("name").notNull(),
    slug: text("slug").notNull(),
    tier: text("tier")
      .notNull()
      .default("free")
      .references(() => plans.key),
    timeZone: text("time_zone").notNull().default("America/Sao_Paulo"),
    locale: text("locale", { enum: ["pt-BR", "en"] })
      .notNull()
      .default("pt-BR"),
    whiteLabel: jsonb("white_label").$type<WhiteLabelSettings>().notNull().default({}),
    /** Invoices and billing notices go here; unset: to the owners. */
    billingEmail: citext("billing_email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("organizations_slug_idx").on(t.slug),
    index("organizations_tier_idx").on(t.tier),
    pgPolicy("organizations_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`id = any ((select private.member_org_ids())::uuid[]) or ${isStaff}`,
    }),
    pgPolicy("organizations_update_admin", {
      for: "update",
      to: authenticatedRole,
      using: adminOfOrg,
      withCheck: adminOfOrg,
    }),
  ],
).enableRLS();

/** A user's place in an organization. Only accepted memberships grant access. */
export const memberships = pgTable(
  "memberships",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    userId: uuid("user_id")
      .notNull()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    role: text("role", { enum: ["owner", "admin", "member"] })
      .notNull()
      .default("member"),
    status: text("status", { enum: ["invited", "accepted"] })
      .notNull()
      .default("invited"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("memberships_org_id_user_id_idx").on(t.orgId, t.userId),
    index("memberships_user_id_idx").on(t.userId),
    pgPolicy("memberships_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or user_id = (select auth.uid()) or ${isStaff}`,
    }),
    pgPolicy("memberships_update_admin_or_self", {
      for: "update",
      to: authenticatedRole,
      using: adminOrSelf,
      withCheck: adminOrSelf,
    }),
    pgPolicy("memberships_delete_admin_or_self", { for: "delete", to: authenticatedRole, using: adminOrSelf }),
  ],
).enableRLS();

/** Slugs an organization answered to before: `/app/<old slug>/…` redirects its members to the current one. */
export const organizationSlugHistory = pgTable(
  "organization_slug_history",
  {
    slug: text("slug").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    replacedAt: timestamp("replaced_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("organization_slug_history_org_id_idx").on(t.orgId),
    pgPolicy("organization_slug_history_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or ${isStaff}`,
    }),
  ],
).enableRLS();
