import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { urlAnalyses } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import type { AnalysisResult } from "./analysis-result";

/**
 * Stores the report and ends the analysis as done, in place: a retried save rewrites the same row, and an
 * analysis that already ended is not touched. Returns whether this call finished it.
 */
export async function completeAnalysis(
  analysisId: string,
  outcome: { result: AnalysisResult; screenshotObject: string | null },
): Promise<boolean> {
  const rows = await serviceDb()
    .update(urlAnalyses)
    .set({
      status: "done",
      stage: "done",
      progress: 100,
      result: outcome.result,
      finalUrl: outcome.result.finalUrl,
      screenshotObject: outcome.screenshotObject,
      failureReason: null,
      finishedAt: sql`now()`,
    })
    .where(and(eq(urlAnalyses.id, analysisId), eq(urlAnalyses.status, "running")))
    .returning({ id: urlAnalyses.id });
  return rows.length > 0;
}
