import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { urlAnalyses } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/**
 * Ends an analysis as failed with its reason code (`failure_reason`), keeping the stage it reached in
 * `progress`. An analysis that already ended is not touched. Returns whether this call ended it.
 */
export async function failAnalysis(
  analysisId: string,
  failure: { reason: string; finalUrl?: string | null },
): Promise<boolean> {
  const rows = await serviceDb()
    .update(urlAnalyses)
    .set({
      status: "failed",
      stage: "failed",
      failureReason: failure.reason,
      ...(failure.finalUrl ? { finalUrl: failure.finalUrl } : {}),
      finishedAt: sql`now()`,
    })
    .where(and(eq(urlAnalyses.id, analysisId), inArray(urlAnalyses.status, ["queued", "running"])))
    .returning({ id: urlAnalyses.id });
  return rows.length > 0;
}
