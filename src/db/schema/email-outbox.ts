import { index, integer, jsonb, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

/**
 * Every email the app sends is queued here first; the unique idempotency key keeps a retried job from
 * sending twice. Staff read it; only the service role writes.
 */
export const emailOutbox = pgTable(
  "email_outbox",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").references(() => organizations.id, { onDelete: "set null" }),
    toEmail: text("to_email").notNull(),
    template: text("template").notNull(),
    locale: text("locale", { enum: ["pt-BR", "en"] })
      .notNull()
      .default("pt-BR"),
    payload: jsonb("payload").notNull().default({}),
    idempotencyKey: text("idempotency_key").notNull(),
    status: text("status", { enum: ["queued", "sent", "failed", "cancelled"] })
      .notNull()
      .default("queued"),
    providerId: text("provider_id"),
    attempts: integer("attempts").notNull().default(0),
    lastError: text("last_error"),
    sendAfter: timestamp("send_after", { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp("sent_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("email_outbox_idempotency_key_key").on(t.idempotencyKey),
    index("email_outbox_org_id_idx").on(t.orgId),
    index("email_outbox_queued_send_after_idx")
      .on(t.sendAfter)
      .where(sql`status = 'queued'`),
    pgPolicy("email_outbox_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
