import { index, integer, numeric, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { agencyManagedPolicies } from "./projects";

/** Lab and field measurements of a client's URLs (Core Web Vitals, Lighthouse scores); null: not measured. */
export const performanceMetrics = pgTable(
  "performance_metrics",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    orgId: uuid("org_id").notNull(),
    projectId: uuid("project_id"),
    url: text("url").notNull(),
    measuredAt: timestamp("measured_at", { withTimezone: true }).notNull().defaultNow(),
    lcpMs: integer("lcp_ms"),
    inpMs: integer("inp_ms"),
    cls: numeric("cls"),
    fcpMs: integer("fcp_ms"),
    ttfbMs: integer("ttfb_ms"),
    performanceScore: integer("performance_score"),
    accessibilityScore: integer("accessibility_score"),
    bestPracticesScore: integer("best_practices_score"),
    seoScore: integer("seo_score"),
    grade: text("grade", { enum: ["A", "B", "C", "D", "E", "F"] }),
    source: text("source", { enum: ["lighthouse", "crux", "analyzer"] }).notNull(),
  },
  (t) => [
    index("performance_metrics_org_id_measured_at_idx").on(t.orgId, t.measuredAt.desc()),
    index("performance_metrics_project_id_org_id_idx").on(t.projectId, t.orgId),
    ...agencyManagedPolicies("performance_metrics"),
  ],
).enableRLS();
