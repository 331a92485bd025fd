import "server-only";
import { cron } from "inngest";
import { listTrafficSources } from "@/src/infrastructure/traffic-sync/list-traffic-sources";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { runRequested, trafficSourceSyncDue } from "../client";
import { createFunction } from "../create-function";

/**
 * Hourly: fans every traffic source out to sync-traffic-source. The hour (of `event.ts`) keys the events and
 * the job_runs row, so a repeated slot does nothing twice.
 */
export const trackNetworkUsage = createFunction(
  {
    id: "track-network-usage",
    name: "Track network usage",
    triggers: [cron("7 * * * *"), runRequested("track-network-usage")],
    retries: 2,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const runKey = new Date(Math.floor((event.ts ?? Date.now()) / 3_600_000) * 3_600_000).toISOString();
    const sources = await step.run("list-traffic-sources", () => listTrafficSources());
    if (sources.length > 0) {
      await step.sendEvent(
        "fan-out-sources",
        sources.map((source) =>
          trafficSourceSyncDue.create(
            { sourceId: source.id, orgId: source.orgId, runKey },
            { id: `traffic-source-sync:${runKey}:${source.id}` },
          ),
        ),
      );
    }
    const detail =
      sources.length > 0
        ? { runKey, sources: sources.length }
        : { runKey, sources: 0, outcome: "skipped", reason: "no connected traffic sources" };
    await step.run("record-run", () =>
      recordJobRun({ job: "track-network-usage", runKey, status: "succeeded", detail, startedAt }),
    );
    return detail;
  },
);
