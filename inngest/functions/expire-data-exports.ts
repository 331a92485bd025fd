import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { expireDataExports } from "@/src/privacy/exports/expire-data-exports";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

/** Daily: removes the zips of exports past their 7 days, and fails exports a dead job left behind. */
export const expireDataExportsFunction = createFunction(
  {
    id: "expire-data-exports",
    name: "Expire data exports",
    triggers: [cron("20 3 * * *"), runRequested("expire-data-exports")],
    retries: 3,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const result = await step.run("expire-exports", () => expireDataExports(new Date(event.ts ?? Date.now())));
    await step.run("record-run", () =>
      recordJobRun({
        job: "expire-data-exports",
        runKey: new Date(event.ts ?? Date.now()).toISOString().slice(0, 10),
        status: "succeeded",
        detail: result,
        startedAt,
      }),
    );
    return result;
  },
);
