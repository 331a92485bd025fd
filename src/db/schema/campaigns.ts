import { bigint, date, index, numeric, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { sql } from "drizzle-orm";
import { agencyManagedPolicies, money } from "./projects";

/** Ad campaigns the agency runs for a client, mirrored from Google Ads / Meta Ads (external_id). */
export const campaigns = pgTable(
  "campaigns",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    platform: text("platform", { enum: ["google_ads", "meta_ads"] }).notNull(),
    externalId: text("external_id"),
    name: text("name").notNull(),
    status: text("status", { enum: ["active", "paused", "ended"] })
      .notNull()
      .default("active"),
    objective: text("objective"),
    dailyBudget: money("daily_budget"),
    currency: text("currency").notNull().default("BRL"),
    startedOn: date("started_on"),
    endedOn: date("ended_on"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex("campaigns_org_id_platform_external_id_idx").on(t.orgId, t.platform, t.externalId),
    uniqueIndex("campaigns_id_org_id_idx").on(t.id, t.orgId),
    ...agencyManagedPolicies("campaigns"),
  ],
).enableRLS();

/** Daily results of a campaign in its currency; the ratios are derived in the database, null on a zero base. */
export const campaignMetrics = pgTable(
  "campaign_metrics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    campaignId: uuid("campaign_id").notNull(),
    orgId: uuid("org_id").notNull(),
    day: date("day").notNull(),
    impressions: bigint("impressions", { mode: "number" }).notNull().default(0),
    clicks: bigint("clicks", { mode: "number" }).notNull().default(0),
    conversions: money("conversions").notNull().default("0"),
    cost: money("cost").notNull().default("0"),
    revenue: money("revenue").notNull().default("0"),
    ctr: numeric("ctr").generatedAlwaysAs(sql`clicks / nullif(impressions, 0)::numeric`),
    cpc: numeric("cpc").generatedAlwaysAs(sql`cost / nullif(clicks, 0)`),
    cpa: numeric("cpa").generatedAlwaysAs(sql`cost / nullif(conversions, 0)`),
    roas: numeric("roas").generatedAlwaysAs(sql`revenue / nullif(cost, 0)`),
  },
  (t) => [
    uniqueIndex("campaign_metrics_campaign_id_day_idx").on(t.campaignId, t.day),
    index("campaign_metrics_campaign_id_org_id_idx").on(t.campaignId, t.orgId),
    index("campaign_metrics_org_id_day_idx").on(t.orgId, t.day),
    ...agencyManagedPolicies("campaign_metrics"),
  ],
).enableRLS();
