import "server-only";
import { cron } from "inngest";
import { listAdAccountsToSync } from "@/src/campaigns/sync/list-ad-accounts-to-sync";
import { recordJobRun } from "@/src/jobs/record-job-run";
import { zonedDate } from "@/src/jobs/zoned-time";
import { adAccountSyncDue, campaignsSyncRequested, runRequested } from "../client";
import { createFunction } from "../create-function";

const TIME_ZONE = "America/Sao_Paulo";

/**
 * Daily (before the agency's day starts), when a staff admin runs it, or for one organization on request: fans
 * the connected ad accounts out to sync-ad-account, one event each. The daily run is keyed by its day in São
 * Paulo (events and the job_runs row), so a repeated day fans out nothing twice; a requested run by its event.
 */
export const syncCampaigns = createFunction(
  {
    id: "sync-campaigns",
    name: "Sync ad campaigns",
    triggers: [cron(`TZ=${TIME_ZONE} 0 6 * * *`), runRequested("sync-campaigns"), campaignsSyncRequested],
    retries: 2,
  },
  async ({ event, step }) => {
    const startedAt = new Date();
    const orgId = event.name === campaignsSyncRequested.name ? (event.data as { orgId: string }).orgId : undefined;
    const runKey = orgId ? `${orgId}:${event.id}` : zonedDate(new Date(event.ts ?? Date.now()), TIME_ZONE);
    const accounts = await step.run("list-ad-accounts", () => listAdAccountsToSync(orgId));
    if (accounts.length > 0) {
      await step.sendEvent(
        "fan-out-accounts",
        accounts.map((account) =>
          adAccountSyncDue.create(
            { accountId: account.id, orgId: account.orgId, runKey },
            { id: `ad-account-sync:${runKey}:${account.id}` },
          ),
        ),
      );
    }
    const detail =
      accounts.length > 0
        ? { runKey, orgId: orgId ?? null, accounts: accounts.length }
        : { runKey, orgId: orgId ?? null, accounts: 0, outcome: "skipped", reason: "no connected ad accounts" };
    await step.run("record-run", () =>
      recordJobRun({ job: "sync-campaigns", runKey, status: "succeeded", detail, startedAt }),
    );
    return detail;
  },
);
