import { sql } from "drizzle-orm";
import {
  customType,
  bigint,
  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { authenticatedRole, authUsers } from "drizzle-orm/supabase";
import { organizations } from "./organizations";

/** US dollars to the micro-dollar, spelled as Postgres prints the type (like `money` in projects.ts). */
const microDollars = customType<{ data: string; driverData: string }>({ dataType: () => "numeric(14,6)" });

const memberOrStaff = sql`org_id = any ((select private.member_org_ids())::uuid[]) or (select private.is_staff())`;
const admin = sql`org_id = any ((select private.admin_org_ids())::uuid[])`;

/**
 * An organization's own OpenAI key, sealed with the secret box (context `openai-key:<org id>`). Users may
 * select only org_id, last4, created_by and the times (column privileges): select explicit columns as a user.
 */
export const openaiKeys = pgTable(
  "openai_keys",
  {
    orgId: uuid("org_id")
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    keyId: text("key_id").notNull(),
    sealed: text("sealed").notNull(),
    last4: text("last4").notNull(),
    createdBy: uuid("created_by")
      .default(sql`auth.uid()`)
      .references(() => authUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("openai_keys_created_by_idx").on(t.createdBy),
    pgPolicy("openai_keys_select_member_or_staff", { for: "select", to: authenticatedRole, using: memberOrStaff }),
    pgPolicy("openai_keys_insert_admin", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`${admin} and created_by = (select auth.uid())`,
    }),
    pgPolicy("openai_keys_update_admin", {
      for: "update",
      to: authenticatedRole,
      using: admin,
      withCheck: sql`${admin} and created_by = (select auth.uid())`,
    }),
    pgPolicy("openai_keys_delete_admin", { for: "delete", to: authenticatedRole, using: admin }),
  ],
).enableRLS();

/** Tokens and list-price cost of AI calls made on the plan's key, per organization, month and model. */
export const aiUsage = pgTable(
  "ai_usage",
  {
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    model: text("model").notNull(),
    requests: integer("requests").notNull().default(0),
    inputTokens: bigint("input_tokens", { mode: "number" }).notNull().default(0),
    outputTokens: bigint("output_tokens", { mode: "number" }).notNull().default(0),
    costUsd: microDollars("cost_usd").notNull().default("0"),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "ai_usage_pkey", columns: [t.orgId, t.period, t.model] }),
    pgPolicy("ai_usage_select_member_or_staff", { for: "select", to: authenticatedRole, using: memberOrStaff }),
  ],
).enableRLS();

/** A generated narrative of an organization's month, with the figures it was built from and may cite. */
export const aiInsights = pgTable(
  "ai_insights",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    period: text("period").notNull(),
    kind: text("kind").$type<"monthly" | "on_demand">().notNull().default("on_demand"),
    lane: text("lane").$type<"standard" | "priority">().notNull().default("standard"),
    status: text("status").$type<"queued" | "running" | "ready" | "failed">().notNull().default("queued"),
    locale: text("locale").$type<"pt-BR" | "en">().notNull().default("pt-BR"),
    figures: jsonb("figures").$type<unknown[]>().notNull().default([]),
    content: jsonb("content"),
    model: text("model"),
    keySource: text("key_source").$type<"plan" | "byok">(),
    failureReason: text("failure_reason"),
    requestedBy: uuid("requested_by")
      .default(sql`auth.uid()`)
      .references(() => authUsers.id, { onDelete: "set null" }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    startedAt: timestamp("started_at", { withTimezone: true }),
    completedAt: timestamp("completed_at", { withTimezone: true }),
  },
  (t) => [
    index("ai_insights_org_id_created_at_idx").on(t.orgId, t.createdAt.desc()),
    index("ai_insights_requested_by_idx").on(t.requestedBy),
    uniqueIndex("ai_insights_monthly_key")
      .on(t.orgId, t.period)
      .where(sql`kind = 'monthly'`),
    pgPolicy("ai_insights_select_member_or_staff", { for: "select", to: authenticatedRole, using: memberOrStaff }),
    pgPolicy("ai_insights_insert_member", {
      for: "insert",
      to: authenticatedRole,
      withCheck: sql`org_id = any ((select private.member_org_ids())::uuid[]) and requested_by = (select auth.uid())
    and kind = 'on_demand'`,
    }),
  ],
).enableRLS();
