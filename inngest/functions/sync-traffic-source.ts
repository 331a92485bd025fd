import "server-only";
import { NonRetriableError } from "inngest";
import { syncTrafficSource } from "@/src/infrastructure/traffic-sync/sync-traffic-source";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { trafficSourceSyncDue } from "../client";
import { createFunction } from "../create-function";

/**
 * Reads one traffic source (sent by track-network-usage). 429s and 5xx are retried inside within the budget;
 * a run that still fails is recorded and left to the next hour.
 */
export const syncTrafficSourceFunction = createFunction(
  {
    id: "sync-traffic-source",
    name: "Sync a traffic source",
    triggers: [trafficSourceSyncDue],
    retries: 1,
    concurrency: [{ limit: 4 }],
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const { sourceId, runKey } = event.data;
    const result = await step.run("sync-source", () => syncTrafficSource(sourceId, new Date(event.ts ?? Date.now())));
    await step.run("record-run", () =>
      recordJobRun({
        job: "sync-traffic-source",
        runKey: `${runKey}:${sourceId}`,
        status: result.outcome === "failed" ? "failed" : "succeeded",
        detail: { sourceId, ...result },
        startedAt,
      }),
    );
    if (result.outcome === "failed") throw new NonRetriableError(`traffic source ${sourceId}: ${result.reason}`);
    return result;
  },
);
