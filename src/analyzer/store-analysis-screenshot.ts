import "server-only";
import { serviceSupabase } from "@/src/db/service-client";
import { ANALYSIS_SCREENSHOTS_BUCKET, analysisScreenshotObject } from "./analysis-screenshots";

/**
 * Uploads the page's screenshot as `<analysis id>.jpg`. An upsert: a retried save replaces the object
 * instead of failing on it or leaving a second copy. Returns the object name.
 */
export async function storeAnalysisScreenshot(analysisId: string, jpeg: Buffer): Promise<string> {
  const object = analysisScreenshotObject(analysisId);
  const { error } = await serviceSupabase()
    .storage.from(ANALYSIS_SCREENSHOTS_BUCKET)
    .upload(object, jpeg, { contentType: "image/jpeg", upsert: true, cacheControl: "3600" });
  if (error) throw new Error(`Storing the screenshot of analysis ${analysisId} failed: ${error.message}`);
  return object;
}
