import { sql } from "drizzle-orm";
import { index, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";
import { citext } from "./citext";
import { organizations } from "./organizations";

const adminOfOrg = sql`org_id = any ((select private.admin_org_ids())::uuid[])`;

/**
 * An invitation by email. Only the SHA-256 (hex) of the emailed token is stored; the invitee redeems the token
 * with `public.accept_invitation(token)`. A pending invitation holds a team seat.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    email: citext("email").notNull(),
    role: text("role", { enum: ["admin", "member"] })
      .notNull()
      .default("member"),
    tokenHash: text("token_hash").notNull(),
    invitedBy: uuid("invited_by")
      .default(sql`auth.uid()`)
      .references(() => authUsers.id, { onDelete: "set null" }),
    expiresAt: timestamp("expires_at", { withTimezone: true })
      .notNull()
      .default(sql`now() + interval '7 days'`),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("invitations_token_hash_idx").on(t.tokenHash),
    index("invitations_org_id_idx").on(t.orgId),
    index("invitations_invited_by_idx").on(t.invitedBy),
    uniqueIndex("invitations_org_id_email_idx")
      .on(t.orgId, t.email)
      .where(sql`accepted_at is null`),
    pgPolicy("invitations_select_admin_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`${adminOfOrg} or (select private.is_staff())`,
    }),
    pgPolicy("invitations_insert_admin", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`${adminOfOrg} and invited_by = (select auth.uid())`,
    }),
    pgPolicy("invitations_delete_admin", { for: "delete", to: authenticatedRole, using: adminOfOrg }),
  ],
).enableRLS();
