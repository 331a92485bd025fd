import { date, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { agencyManagedPolicies } from "./projects";

/** Monthly PDF reports (period: the month's first day); the PDF is an object of the report-pdfs bucket. */
export const reports = pgTable(
  "reports",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    period: date("period").notNull(),
    status: text("status", { enum: ["pending", "generating", "ready", "failed"] })
      .notNull()
      .default("pending"),
    objectName: text("object_name"),
    generatedAt: timestamp("generated_at", { withTimezone: true }),
    summary: jsonb("summary").$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("reports_org_id_period_idx").on(t.orgId, t.period), ...agencyManagedPolicies("reports")],
).enableRLS();
