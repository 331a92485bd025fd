import "server-only";
import { AnalysisFailure } from "@/src/analyzer/analysis-failure";
import type { AnalysisResult } from "@/src/analyzer/analysis-result";
import { analyzePage } from "@/src/analyzer/analyze-page";

export type Measurement = { ok: true; result: AnalysisResult } | { ok: false; reason: string };

/**
 * One Lighthouse run of a page through the analyzer's pipeline (its SSRF vetting, preflight, egress proxy and
 * queue of one Chromium per core). A page that cannot be measured (down, 500, refused, too slow) is an
 * outcome with the analyzer's reason code; only unexpected errors are thrown, for the job to retry.
 */
export async function measurePage(url: string): Promise<Measurement> {
  try {
    const { result } = await analyzePage(url);
    return { ok: true, result };
  } catch (error) {
    if (error instanceof AnalysisFailure) return { ok: false, reason: error.reason };
    throw error;
  }
}
