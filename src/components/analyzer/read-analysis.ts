import "server-only";
import { cache } from "react";
import { z } from "zod";
import { getAnalysisStatus } from "../../analyzer/get-analysis-status";

/** One analysis for the report page, its metadata and its PDF; null for a malformed or unknown id. Once per request. */
export const readAnalysis = cache(async (id: string) => {
  if (!z.uuid().safeParse(id).success) return null;
  return getAnalysisStatus(id);
});
