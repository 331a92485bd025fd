import {
  boolean,
  index,
  jsonb,
  numeric,
  pgPolicy,
  pgTable,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { authenticatedRole } from "drizzle-orm/supabase";
import { organizations } from "./organizations";
import { plans } from "./plans";

// Stripe is the source of truth for billing; these tables mirror it and only the stripe-webhook function
// (service role) writes them. Owners and admins read their organization's rows, staff read all.
const adminOrStaff = sql`org_id = any ((select private.admin_org_ids())::uuid[]) or (select private.is_staff())`;

export const billingCustomers = pgTable(
  "billing_customers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    stripeCustomerId: text("stripe_customer_id").notNull(),
    email: text("email"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("billing_customers_org_id_key").on(t.orgId),
    uniqueIndex("billing_customers_stripe_customer_id_key").on(t.stripeCustomerId),
    pgPolicy("billing_customers_select_admin_or_staff", { for: "select", to: authenticatedRole, using: adminOrStaff }),
  ],
).enableRLS();

/** Stripe's subscription statuses, verbatim. */
export const subscriptionStatuses = [
  "incomplete",
  "incomplete_expired",
  "trialing",
  "active",
  "past_due",
  "canceled",
  "unpaid",
  "paused",
] as const;

export const subscriptions = pgTable(
  "subscriptions",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    stripeSubscriptionId: text("stripe_subscription_id").notNull(),
    planKey: text("plan_key")
      .notNull()
      .references(() => plans.key),
    status: text("status", { enum: subscriptionStatuses }).notNull(),
    currentPeriodStart: timestamp("current_period_start", { withTimezone: true }).notNull(),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }).notNull(),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    canceledAt: timestamp("canceled_at", { withTimezone: true }),
    amount: numeric("amount").notNull(),
    /** ISO 4217, upper case. */
    currency: text("currency").notNull(),
    interval: text("interval", { enum: ["day", "week", "month", "year"] }).notNull(),
    /** Watermark: `created` of the newest Stripe event whose re-read state is stored, and its status's rank. */
    stripeStateAt: timestamp("stripe_state_at", { withTimezone: true })
      .notNull()
      .default(sql`'-infinity'`),
    stripeStateRank: smallint("stripe_state_rank").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("subscriptions_stripe_subscription_id_key").on(t.stripeSubscriptionId),
    index("subscriptions_org_id_idx").on(t.orgId),
    index("subscriptions_plan_key_idx").on(t.planKey),
    pgPolicy("subscriptions_select_admin_or_staff", { for: "select", to: authenticatedRole, using: adminOrStaff }),
  ],
).enableRLS();

/** Ledger of Stripe webhook events; the primary key is Stripe's event id, so a redelivery is a no-op insert. */
export const stripeEvents = pgTable(
  "stripe_events",
  {
    id: text("id").primaryKey(),
    type: text("type").notNull(),
    payload: jsonb("payload").notNull(),
    receivedAt: timestamp("received_at", { withTimezone: true }).notNull().defaultNow(),
    processedAt: timestamp("processed_at", { withTimezone: true }),
    error: text("error"),
    /** 'applied', 'stale' or 'ignored: <reason>'. */
    outcome: text("outcome"),
  },
  (t) => [
    index("stripe_events_unprocessed_idx")
      .on(t.receivedAt)
      .where(sql`processed_at is null`),
    index("stripe_events_type_received_at_idx").on(t.type, t.receivedAt),
    pgPolicy("stripe_events_select_staff", {
      for: "select",
      to: authenticatedRole,
      using: sql`(select private.is_staff())`,
    }),
  ],
).enableRLS();
