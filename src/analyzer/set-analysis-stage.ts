import "server-only";
import { and, eq } from "drizzle-orm";
import { urlAnalyses } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/** Moves a running analysis to a later stage, for the progress view; a finished one is left alone. */
export async function setAnalysisStage(
  analysisId: string,
  stage: "loading" | "auditing" | "saving",
  progress: number,
): Promise<void> {
  await serviceDb()
    .update(urlAnalyses)
    .set({ stage, progress })
    .where(and(eq(urlAnalyses.id, analysisId), eq(urlAnalyses.status, "running")));
}
