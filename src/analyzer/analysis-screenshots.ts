/** The public Storage bucket of the analyzer's page screenshots (see its migration). */
export const ANALYSIS_SCREENSHOTS_BUCKET = "analysis-screenshots";

/** The object name of an analysis's screenshot, as stored in `url_analyses.screenshot_object`. */
export function analysisScreenshotObject(analysisId: string): string {
  return `${analysisId}.jpg`;
}
