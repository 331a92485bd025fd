import { index, integer, jsonb, pgPolicy, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";
import { citext } from "./citext";
import { organizations } from "./organizations";

/**
 * Funnel leads. Not tenant data: staff read them, the service role (API route, nurture job) writes them, and
 * anonymous visitors only reach `funnel.unsubscribe_lead()`.
 */
export const leads = pgTable(
  "leads",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    email: citext("email").notNull(),
    name: text("name"),
    company: text("company"),
    source: text("source", { enum: ["analyzer", "website", "referral", "event", "other"] }).notNull(),
    firstUrl: text("first_url"),
    utm: jsonb("utm").$type<Record<string, string>>().notNull().default({}),
    consentAt: timestamp("consent_at", { withTimezone: true }),
    consentTextVersion: text("consent_text_version"),
    locale: text("locale", { enum: ["pt-BR", "en"] })
      .notNull()
      .default("pt-BR"),
    status: text("status", { enum: ["new", "nurturing", "converted", "unsubscribed"] })
      .notNull()
      .default("new"),
    unsubscribeTokenHash: text("unsubscribe_token_hash"),
    unsubscribedAt: timestamp("unsubscribed_at", { withTimezone: true }),
    convertedOrgId: uuid("converted_org_id").references(() => organizations.id, { onDelete: "set null" }),
    nurtureStep: integer("nurture_step").notNull().default(0),
    lastNurtureAt: timestamp("last_nurture_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("leads_email_key").on(t.email),
    uniqueIndex("leads_unsubscribe_token_hash_key").on(t.unsubscribeTokenHash),
    index("leads_converted_org_id_idx").on(t.convertedOrgId),
    index("leads_status_last_nurture_at_idx").on(t.status, t.lastNurtureAt),
    index("leads_unconsented_created_at_idx")
      .on(t.createdAt)
      .where(sql`consent_at is null`),
    pgPolicy("leads_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
