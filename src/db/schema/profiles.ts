import { sql } from "drizzle-orm";
import { pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";

const self = sql`id = (select auth.uid())`;

/** One per auth user, created by a trigger on `auth.users`: the name, language and avatar the app shows. */
export const profiles = pgTable(
  "profiles",
  {
    id: uuid("id")
      .primaryKey()
      .references(() => authUsers.id, { onDelete: "cascade" }),
    fullName: text("full_name"),
    locale: text("locale", { enum: ["pt-BR", "en"] })
      .notNull()
      .default("pt-BR"),
    avatarUrl: text("avatar_url"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  () => [
    pgPolicy("profiles_select_self_team_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`${self}
        or id in (
          select m.user_id from public.memberships m
          where m.org_id = any ((select private.member_org_ids())::uuid[]) and m.status = 'accepted'
        )
        or (select private.is_staff())`,
    }),
    pgPolicy("profiles_update_self", { for: "update", to: authenticatedRole, using: self, withCheck: self }),
  ],
).enableRLS();
