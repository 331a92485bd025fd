import "server-only";
import { env } from "@/src/env";
import { ANALYSIS_SCREENSHOTS_BUCKET } from "./analysis-screenshots";

/**
 * The public URL of an analysis's screenshot (an object of the public screenshots bucket): the browser loads
 * it straight from Storage, the same URL supabase-js's getPublicUrl builds.
 */
export function screenshotUrl(objectName: string): string {
  const path = objectName.split("/").map(encodeURIComponent).join("/");
  return new URL(`storage/v1/object/public/${ANALYSIS_SCREENSHOTS_BUCKET}/${path}`, `${env().SUPABASE_URL}/`).href;
}
