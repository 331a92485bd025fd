import {
  boolean,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";

export const ticketStatuses = ["open", "in_progress", "waiting_client", "resolved", "closed"] as const;

/**
 * Support tickets. On insert the database assigns `number` (per organization), stamps `sla_hours` from the
 * plan and counts the ticket against the monthly allowance; a client may later only close or reopen it.
 */
export const supportTickets = pgTable(
  "support_tickets",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    // Always overwritten by the database; the placeholder only spares callers from sending one.
    number: integer("number")
      .notNull()
      .$defaultFn(() => 0),
    subject: text("subject").notNull(),
    priority: text("priority", { enum: ["low", "normal", "high", "urgent"] })
      .notNull()
      .default("normal"),
    status: text("status", { enum: ticketStatuses }).notNull().default("open"),
    category: text("category"),
    createdBy: uuid("created_by").default(sql`auth.uid()`),
    assigneeId: uuid("assignee_id"),
    slaHours: integer("sla_hours"),
    firstResponseAt: timestamp("first_response_at", { withTimezone: true }),
    resolvedAt: timestamp("resolved_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("support_tickets_org_id_number_idx").on(t.orgId, t.number),
    uniqueIndex("support_tickets_id_org_id_idx").on(t.id, t.orgId),
    index("support_tickets_project_id_org_id_idx").on(t.projectId, t.orgId),
    index("support_tickets_created_by_idx").on(t.createdBy),
    index("support_tickets_assignee_id_idx").on(t.assigneeId),
    index("support_tickets_open_created_at_idx")
      .on(t.createdAt)
      .where(sql`status in ('open', 'in_progress', 'waiting_client')`),
    pgPolicy("support_tickets_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`,
    }),
    pgPolicy("support_tickets_insert_member_or_staff", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`(select private.is_staff())
        or (org_id = any ((select private.member_org_ids())::uuid[]) and created_by = (select auth.uid()) and status = 'open'
          and assignee_id is null and first_response_at is null and resolved_at is null)`,
    }),
    pgPolicy("support_tickets_update_client_or_staff", {
      for: "update",
      to: authenticatedRole,
      using: sql`(select private.is_staff()) or org_id = any ((select private.admin_org_ids())::uuid[])
        or (org_id = any ((select private.member_org_ids())::uuid[]) and created_by = (select auth.uid()))`,
      withCheck: sql`(select private.is_staff()) or org_id = any ((select private.member_org_ids())::uuid[])`,
    }),
    pgPolicy("support_tickets_delete_staff", {
      for: "delete",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();

/**
 * A file attached to a ticket message: an object of the client-files bucket in the organization's folder. It
 * counts against the storage quota like any object there, and the orphan sweep keeps it while a message names
 * it, whether or not the file store also records it.
 */
export interface TicketAttachment {
  object_name: string;
  name: string;
  mime_type?: string;
  size_bytes?: number;
}

/** Replies on a ticket; internal notes (staff only) are never visible to the organization's members. */
export const ticketMessages = pgTable(
  "ticket_messages",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ticketId: uuid("ticket_id").notNull(),
    orgId: uuid("org_id").notNull(),
    authorId: uuid("author_id").default(sql`auth.uid()`),
    body: text("body").notNull(),
    isInternal: boolean("is_internal").notNull().default(false),
    attachments: jsonb("attachments").$type<TicketAttachment[]>().notNull().default([]),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("ticket_messages_ticket_id_org_id_idx").on(t.ticketId, t.orgId),
    index("ticket_messages_org_id_idx").on(t.orgId),
    index("ticket_messages_author_id_idx").on(t.authorId),
    pgPolicy("ticket_messages_select_member_or_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(org_id = any ((select private.member_org_ids())::uuid[]) and not is_internal) or (select private.is_staff())`,
    }),
    pgPolicy("ticket_messages_insert_member_or_staff", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`author_id = (select auth.uid())
        and ((select private.is_staff()) or (org_id = any ((select private.member_org_ids())::uuid[]) and not is_internal))`,
    }),
    pgPolicy("ticket_messages_update_staff", {
      for: "update",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
      withCheck: sql`(select private.is_staff())`,
    }),
    pgPolicy("ticket_messages_delete_staff", {
      for: "delete",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
