import "server-only";
import { AnalysisFailure } from "@/src/analyzer/analysis-failure";
import { analysisResultSchema } from "@/src/analyzer/analysis-result";
import { analyzePage } from "@/src/analyzer/analyze-page";
import { analyzerConcurrency } from "@/src/analyzer/analyzer-concurrency";
import { claimAnalysis } from "@/src/analyzer/claim-analysis";
import { completeAnalysis } from "@/src/analyzer/complete-analysis";
import { failAnalysis } from "@/src/analyzer/fail-analysis";
import { ANALYSIS_DEADLINE_MINUTES } from "@/src/analyzer/fail-overdue-analyses";
import type { LighthouseStage } from "@/src/analyzer/lighthouse/lighthouse-messages";
import { LIGHTHOUSE_CONCURRENCY_KEY } from "@/src/analyzer/lighthouse/lighthouse-slots";
import { progressWriter } from "@/src/analyzer/progress-writer";
import { setAnalysisStage } from "@/src/analyzer/set-analysis-stage";
import { storeAnalysisScreenshot } from "@/src/analyzer/store-analysis-screenshot";
import { analyzerUrlSubmitted } from "../client";
import { createFunction } from "../create-function";

/**
 * Runs one submitted analysis: claim it (loading), preflight and Lighthouse (loading the page and gathering,
 * then auditing, with the progress Lighthouse reports), store the screenshot and the report (saving), done —
 * or failed with a reason code. Each stage is written as it starts, for the progress view.
 *
 * - Concurrency: one Chromium per core at most; further analyses wait in Inngest's queue (and in the local
 *   scheduler's) rather than slowing every run down.
 * - Time: the page gets Lighthouse's 45 s load limit and the run has a hard deadline shortly after it (see
 *   runLighthouse); the function's own timeout is above all attempts together, as a last resort.
 * - Retries never duplicate anything: the row is updated in place, a finished analysis is never claimed
 *   again, the screenshot upload is an upsert, and each step's result is memoized, so a failed save does not
 *   run Lighthouse again. A page that cannot be analyzed is an outcome, not an error: it is recorded at once.
 *   Only unexpected errors are retried, and when they persist the analysis ends as `lighthouse_error`.
 */
export const analyzeUrl = createFunction(
  {
    id: "analyze-url",
    name: "Analyze a URL with Lighthouse",
    triggers: [analyzerUrlSubmitted],
    // One queue with every other Lighthouse run (the performance checks share the key).
    concurrency: { limit: analyzerConcurrency(), key: LIGHTHOUSE_CONCURRENCY_KEY, scope: "env" },
    // One run per analysis, however often the event is delivered.
    idempotency: "event.data.analysisId",
    retries: 2,
    // Past this the analysis counts as interrupted (fail-interrupted-work), so the two agree.
    timeouts: { finish: `${ANALYSIS_DEADLINE_MINUTES}m` },
  },
  async ({ event, step }) => {
    const { analysisId } = event.data;
    const claimed = await step.run("claim", () => claimAnalysis(analysisId));
    if (!claimed) return { analysisId, outcome: "skipped" as const };

    let audit;
    try {
      audit = await step.run("audit", async () => {
        const progress = progressWriter(({ stage, value }: { stage: LighthouseStage; value: number }) =>
          setAnalysisStage(analysisId, stage, value),
        );
        try {
          const page = await analyzePage(claimed.url, {
            onProgress: (stage, value) => progress.report({ stage, value }),
          });
          return { ok: true as const, result: page.result, screenshot: page.screenshot?.toString("base64") ?? null };
        } catch (error) {
          if (!(error instanceof AnalysisFailure)) throw error;
          return { ok: false as const, reason: error.reason, finalUrl: error.finalUrl ?? null };
        } finally {
          // No progress may land after this step: it would overwrite the stage the next one sets.
          await progress.flush();
        }
      });
    } catch {
      // The audit failed on every attempt for a reason of its own (the StepError says which, in the logs).
      audit = { ok: false as const, reason: "lighthouse_error", finalUrl: null };
    }

    if (!audit.ok) {
      const { reason, finalUrl } = audit;
      await step.run("record-failure", () => failAnalysis(analysisId, { reason, finalUrl }));
      return { analysisId, outcome: "failed" as const, reason };
    }

    const { screenshot } = audit;
    // Step results travel as JSON; the contract is checked again on the way back in.
    const result = analysisResultSchema.parse(audit.result);
    await step.run("save", async () => {
      await setAnalysisStage(analysisId, "saving", 90);
      const screenshotObject = screenshot
        ? await storeAnalysisScreenshot(analysisId, Buffer.from(screenshot, "base64"))
        : null;
      return completeAnalysis(analysisId, { result, screenshotObject });
    });
    return { analysisId, outcome: "done" as const };
  },
);
