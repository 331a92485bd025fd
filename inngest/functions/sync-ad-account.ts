import "server-only";
import { NonRetriableError } from "inngest";
import { syncAdAccount } from "@/src/campaigns/sync/sync-ad-account";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { adAccountSyncDue } from "../client";
import { createFunction } from "../create-function";

/**
 * Syncs one ad account (sent by sync-campaigns). Retries of 429s and 5xx happen inside, within the account's
 * budget; a run that still fails is recorded with its reason and what it wrote, and not retried by Inngest
 * (the next daily run re-reads the same 30 days). One account per organization at a time, a few at once in
 * all: the platforms rate-limit per developer token and per app.
 */
export const syncAdAccountFunction = createFunction(
  {
    id: "sync-ad-account",
    name: "Sync an ad account",
    triggers: [adAccountSyncDue],
    retries: 1,
    concurrency: [{ limit: 4 }, { key: "event.data.orgId", limit: 1 }],
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const { accountId, runKey } = event.data;
    const result = await step.run("sync-account", () => syncAdAccount(accountId, new Date(event.ts ?? Date.now())));
    await step.run("record-run", () =>
      recordJobRun({
        job: "sync-ad-account",
        runKey: `${runKey}:${accountId}`,
        status: result.outcome === "failed" ? "failed" : "succeeded",
        detail: { accountId, ...result },
        startedAt,
      }),
    );
    if (result.outcome === "failed") throw new NonRetriableError(`ad account ${accountId}: ${result.reason}`);
    return result;
  },
);
