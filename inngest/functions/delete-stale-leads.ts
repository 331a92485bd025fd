import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { deleteStaleLeads } from "@/src/leads/delete-stale-leads";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

/** Daily: deletes leads without marketing consent after 12 months; consent records stay. */
export const deleteStaleLeadsFunction = createFunction(
  {
    id: "delete-stale-leads",
    name: "Delete stale leads",
    triggers: [cron("10 3 * * *"), runRequested("delete-stale-leads")],
    retries: 3,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const result = await step.run("delete-leads", () => deleteStaleLeads(new Date(event.ts ?? Date.now())));
    await step.run("record-run", () =>
      recordJobRun({
        job: "delete-stale-leads",
        runKey: new Date(event.ts ?? Date.now()).toISOString().slice(0, 10),
        status: "succeeded",
        detail: result,
        startedAt,
      }),
    );
    return result;
  },
);
