import { pgPolicy, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";

/** Agency staff. Kept apart from anything a user can edit: only the service role writes it. */
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
  ],
).enableRLS();
