import "server-only";
import { cron } from "inngest";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { eraseDueAccounts } from "@/src/privacy/deletion/erase-due-accounts";
import { runRequested } from "../client";
import { createFunction } from "../create-function";

/** Daily: erases the accounts whose deletion request outlived its 30 days of grace. */
export const eraseDeletedAccounts = createFunction(
  {
    id: "erase-deleted-accounts",
    name: "Erase deleted accounts",
    triggers: [cron("40 3 * * *"), runRequested("erase-deleted-accounts")],
    retries: 3,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const outcome = await step.run("erase-accounts", () => eraseDueAccounts(new Date(event.ts ?? Date.now())));
    const detail = { erased: outcome.erased.length, blocked: outcome.blocked.length };
    await step.run("record-run", () =>
      recordJobRun({
        job: "erase-deleted-accounts",
        runKey: new Date(event.ts ?? Date.now()).toISOString().slice(0, 10),
        status: "succeeded",
        detail,
        startedAt,
      }),
    );
    return detail;
  },
);
