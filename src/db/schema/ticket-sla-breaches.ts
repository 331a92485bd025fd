import { sql } from "drizzle-orm";
import { index, pgPolicy, pgTable, timestamp, uuid } from "drizzle-orm/pg-core";
import { authenticatedRole } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

/** A ticket whose first response missed the plan's SLA, marked once by check-ticket-sla. */
export const ticketSlaBreaches = pgTable(
  "ticket_sla_breaches",
  {
    ticketId: uuid("ticket_id").primaryKey(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    dueAt: timestamp("due_at", { withTimezone: true }).notNull(),
    breachedAt: timestamp("breached_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ticket_sla_breaches_ticket_id_org_id_idx").on(t.ticketId, t.orgId),
    index("ticket_sla_breaches_org_id_idx").on(t.orgId),
    pgPolicy("ticket_sla_breaches_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
  ],
).enableRLS();
