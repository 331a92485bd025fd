import "server-only";
import { cron } from "inngest";
import { failOverdueAnalyses } from "@/src/analyzer/fail-overdue-analyses";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

/**
 * Every minute: work whose run was lost (a server stopped or crashed mid-run, a run cancelled on Inngest) and
 * whose deadline passed ends clearly as `interrupted` instead of showing "running" forever. Independent of
 * the runner, so it also covers runs nothing will resume. Idempotent: ended work is not touched again.
 */
export const failInterruptedWork = createFunction(
  {
    id: "fail-interrupted-work",
    name: "Fail interrupted work",
    triggers: [cron("* * * * *"), runRequested("fail-interrupted-work")],
    retries: 2,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const analyses = await step.run("fail-overdue-analyses", () => failOverdueAnalyses());
    if (analyses.length > 0)
      await step.run("record-run", () =>
        recordJobRun({
          job: "fail-interrupted-work",
          runKey: new Date(event.ts ?? Date.now()).toISOString().slice(0, 16),
          status: "succeeded",
          detail: { analyses },
          startedAt,
        }),
      );
    return { analyses: analyses.length };
  },
);
