import "server-only";
import { analyzerConcurrency } from "@/src/analyzer/analyzer-concurrency";
import { LIGHTHOUSE_CONCURRENCY_KEY } from "@/src/analyzer/lighthouse/lighthouse-slots";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { claimPerformanceRun } from "@/src/performance/measuring/claim-performance-run";
import { measurePage, type Measurement } from "@/src/performance/measuring/measure-page";
import { recordPerformanceRun } from "@/src/performance/measuring/record-performance-run";
import { emailsQueued, performanceRunDue } from "../client";
import { createFunction } from "../create-function";

/**
 * Measures one domain's run (a schedule slot or a "Measure now"): Lighthouse through the analyzer's pipeline,
 * then the metric, the run's outcome and any regression notice in one transaction, and a `job_runs` row.
 *
 * - Concurrency: Lighthouse runs share one queue with the analyzer's (the same key across functions, one
 *   Chromium per core), and one organization's runs go one at a time, which also keeps a domain to one run
 *   at once (Inngest takes at most two concurrency keys; the organization's is the stricter of the two).
 * - A page that cannot be measured (timeout, 500, an address the SSRF guard refuses) ends the run `failed`
 *   with the analyzer's reason code, recorded at once. Only unexpected errors are retried; when they persist
 *   the run ends as `lighthouse_error`, like an analysis.
 * - Idempotent: an ended run is never measured again, the metric is unique per run and the notice is keyed
 *   by it, so a repeated event writes and sends nothing more.
 */
export const measureDomainPerformance = createFunction(
  {
    id: "measure-domain-performance",
    name: "Measure one domain's performance",
    triggers: [performanceRunDue],
    retries: 2,
    idempotency: "event.data.runId",
    concurrency: [
      { limit: analyzerConcurrency(), key: LIGHTHOUSE_CONCURRENCY_KEY, scope: "env" },
      { limit: 1, key: "event.data.orgId" },
    ],
    // Out of retries (the database or the worker kept failing): the run ends `interrupted`, so the page stops
    // showing it as running and the domain can be measured again.
    onFailure: async ({ event, step }) => {
      const { runId } = performanceRunDue.schema.parse(event.data.event.data);
      await step.run("mark-run-failed", () => recordPerformanceRun(runId, "", { ok: false, reason: "interrupted" }));
    },
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const { runId } = event.data;
    const claimed = await step.run("claim", () => claimPerformanceRun(runId));
    if (!claimed) return { runId, outcome: "skipped" as const };

    let measurement: Measurement;
    try {
      measurement = await step.run("measure", () => measurePage(claimed.url));
    } catch {
      // Lighthouse failed on every attempt for a reason of its own (the StepError says which, in the logs).
      measurement = { ok: false, reason: "lighthouse_error" };
    }

    const recorded = await step.run("record", async () => {
      const result = await recordPerformanceRun(runId, claimed.url, measurement);
      if (result.recorded) {
        await recordJobRun({
          job: "measure-domain-performance",
          runKey: runId,
          status: result.outcome,
          detail: {
            orgId: claimed.orgId,
            url: claimed.url,
            ...(result.reason ? { reason: result.reason } : {}),
            regression: result.regression?.kinds ?? [],
          },
          startedAt,
        });
      }
      return { outcome: result.outcome, reason: result.reason, emails: result.emails };
    });
    if (recorded.emails > 0) await step.sendEvent("wake-sender", emailsQueued.create({ count: recorded.emails }));
    return { runId, ...recorded };
  },
);
