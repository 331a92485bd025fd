import { z } from "zod";
import { AnalyzerError } from "@/src/analyzer/analyzer-error";
import { defineAnalyzerRoute } from "@/src/analyzer/define-analyzer-route";
import { getAnalysisStatus } from "@/src/analyzer/get-analysis-status";

/** The progress and report of one analysis; 404 for an unknown or malformed id. */
export const GET = defineAnalyzerRoute({ params: z.object({ id: z.uuid() }) }, async ({ params }) => {
  const analysis = await getAnalysisStatus(params.id);
  if (!analysis) throw new AnalyzerError("not_found", "notFound");
  return { status: 200, body: analysis };
});
