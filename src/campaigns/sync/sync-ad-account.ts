import "server-only";
import { openCredential } from "@/src/connections/connection-credential";
import { recordConnectionSync } from "@/src/connections/record-connection-sync";
import { env } from "@/src/env";
import { dateWindows } from "@/src/jobs/date-windows";
import { retryWithinBudget } from "@/src/jobs/retry-within-budget";
import { configuredAdPlatformSource } from "./configured-ad-platform-source";
import { loadAdAccount } from "./load-ad-account";
import { recordCampaignDays } from "./record-campaign-days";

/** Late conversions keep arriving for weeks; every run re-reads this many days (today included). */
export const RESYNC_DAYS = 30;
/** Days per request: each window is written as it arrives, so a failure keeps the windows before it. */
const WINDOW_DAYS = 10;

export interface AdAccountSyncResult {
  outcome: "synced" | "skipped" | "failed";
  reason?: string;
  campaigns: number;
  daysWritten: number;
  windows: number;
  windowsDone: number;
}

export interface AdAccountSyncOptions {
  /** Time the retries of this account's requests may take in all (default ARCO_SYNC_RETRY_BUDGET_MS). */
  budgetMs?: number;
  /** The first backoff (tests shorten it). */
  minDelayMs?: number;
}

/**
 * Syncs one ad account: the last 30 days of its campaigns' results (UTC days ending with `now`'s), read from
 * the platform window by window and upserted, so running it twice leaves the same rows. A platform answering
 * 429 or 5xx is retried with backoff within the budget; past it the run fails with what it wrote kept and the
 * reason on the account. An account the plan no longer covers, or a platform without settings, is skipped.
 */
export async function syncAdAccount(
  accountId: string,
  now: Date,
  options: AdAccountSyncOptions = {},
): Promise<AdAccountSyncResult> {
  const windows = dateWindows(now.toISOString().slice(0, 10), RESYNC_DAYS, WINDOW_DAYS);
  const result: AdAccountSyncResult = {
    outcome: "synced",
    campaigns: 0,
    daysWritten: 0,
    windows: windows.length,
    windowsDone: 0,
  };
  const account = await loadAdAccount(accountId);
  if (!account) return { ...result, outcome: "skipped", reason: "the ad account is no longer connected" };
  if (!account.planAllows) {
    return { ...result, outcome: "skipped", reason: `the organization's plan does not include ${account.platform}` };
  }
  const credential = await openCredential("ad-account", account).catch(() => null);
  if (credential === null) {
    const reason = "the stored credential cannot be opened (its key is not in ARCO_ENCRYPTION_KEYS)";
    await recordConnectionSync("ad-account", account.id, { ok: false, error: reason });
    return { ...result, outcome: "failed", reason };
  }
  const configured = configuredAdPlatformSource({ ...account, credential });
  if ("skipped" in configured) return { ...result, outcome: "skipped", reason: configured.skipped };

  const deadline = performance.now() + (options.budgetMs ?? env().ARCO_SYNC_RETRY_BUDGET_MS);
  const campaigns = new Set<string>();
  try {
    for (const window of windows) {
      const days = await retryWithinBudget(() => configured.source.campaignDays(window.since, window.until), {
        budgetMs: Math.max(0, deadline - performance.now()),
        minDelayMs: options.minDelayMs,
      });
      const recorded = await recordCampaignDays(account.orgId, account.platform, days);
      for (const day of days) campaigns.add(day.externalId);
      result.daysWritten += recorded.daysWritten;
      result.windowsDone += 1;
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await recordConnectionSync("ad-account", account.id, { ok: false, error: reason });
    return { ...result, campaigns: campaigns.size, outcome: "failed", reason };
  }
  await recordConnectionSync("ad-account", account.id, { ok: true, at: now });
  return { ...result, campaigns: campaigns.size };
}
