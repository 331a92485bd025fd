import "server-only";
import { and, asc, eq } from "drizzle-orm";
import type { Baseline } from "../components/analyzer/baseline-card";
import { performanceMetrics, projects } from "../db/schema";
import type { RequestDb } from "../workspace/request-db";

/** The first analyzer measurement of an organization (the one imported at sign-up) and its project, or null. */
export async function getAnalyzerBaseline(db: RequestDb, orgId: string): Promise<Baseline | null> {
  const [row] = await db((tx) =>
    tx
      .select({ project: projects.name, metric: performanceMetrics })
      .from(performanceMetrics)
      .innerJoin(projects, eq(projects.id, performanceMetrics.projectId))
      .where(and(eq(performanceMetrics.orgId, orgId), eq(performanceMetrics.source, "analyzer")))
      .orderBy(asc(performanceMetrics.measuredAt))
      .limit(1),
  );
  if (!row) return null;
  const { metric } = row;
  return {
    project: row.project,
    measuredAt: metric.measuredAt,
    scores: {
      performance: metric.performanceScore,
      accessibility: metric.accessibilityScore,
      bestPractices: metric.bestPracticesScore,
      seo: metric.seoScore,
    },
    // numeric arrives as a string, so no precision is lost on the way.
    metrics: {
      lcp: metric.lcpMs,
      cls: metric.cls === null ? null : Number(metric.cls),
      fcp: metric.fcpMs,
      ttfb: metric.ttfbMs,
    },
  };
}
