import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { openScheduledRuns } from "@/src/performance/measuring/open-scheduled-runs";
import { performanceSlot } from "@/src/performance/measuring/performance-slot";
import { performanceRunDue, runRequested } from "../client";
import { createFunction } from "../create-function";

/**
 * Every hour: opens a run for each domain whose plan's cadence falls on this hour (Free weekly, Basic daily,
 * Pro and Enterprise hourly) and fans them out, one event per run, to measure-domain-performance. The hour
 * keys everything: the runs (one per domain and slot), the events' ids and the job_runs row, so a repeated
 * slot measures and records nothing twice. Run by hand (the agency's jobs page, `npm run jobs`), it measures
 * every active domain in the current hour's slot.
 */
export const measurePerformance = createFunction(
  {
    id: "measure-performance",
    name: "Measure performance",
    triggers: [cron("0 * * * *"), runRequested("measure-performance")],
    retries: 2,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const slot = performanceSlot(event.ts ?? Date.now());
    const all = event.name !== "inngest/scheduled.timer";
    const runs = await step.run("open-runs", () => openScheduledRuns(slot, { all }));
    if (runs.length > 0) {
      await step.sendEvent(
        "fan-out-runs",
        runs.map((run) => performanceRunDue.create(run, { id: `performance:${run.runId}` })),
      );
    }
    const detail = { slot: slot.toISOString(), all, runs: runs.length };
    await step.run("record-run", () =>
      recordJobRun({
        job: "measure-performance",
        runKey: `${slot.toISOString()}${all ? ":all" : ""}`,
        status: "succeeded",
        detail,
        startedAt,
      }),
    );
    return detail;
  },
);
