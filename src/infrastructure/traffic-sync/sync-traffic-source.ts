import "server-only";
import { openCredential } from "@/src/connections/connection-credential";
import { recordConnectionSync } from "@/src/connections/record-connection-sync";
import { env } from "@/src/env";
import { retryWithinBudget } from "@/src/jobs/retry-within-budget";
import { cloudflareTraffic } from "./cloudflare-traffic";
import { loadTrafficSource } from "./load-traffic-source";
import { recordTrafficDays } from "./record-traffic-days";

/** Yesterday and today (UTC): yesterday's last hour lands after midnight, and providers settle late. */
const DAYS = 2;

export interface TrafficSyncResult {
  outcome: "synced" | "skipped" | "failed";
  reason?: string;
  days: number;
  rowsWritten: number;
}

/**
 * Reads a traffic source's last two days into network_usage (its scope's rows, replaced by the provider's
 * current totals, so reruns leave the same rows). A provider answering 429 or 5xx is retried within the
 * budget; past it the run fails with the reason on the source.
 */
export async function syncTrafficSource(
  sourceId: string,
  now: Date,
  options: { budgetMs?: number; minDelayMs?: number } = {},
): Promise<TrafficSyncResult> {
  const result: TrafficSyncResult = { outcome: "synced", days: 0, rowsWritten: 0 };
  const source = await loadTrafficSource(sourceId);
  if (!source) return { ...result, outcome: "skipped", reason: "the traffic source is no longer connected" };
  if (source.provider !== "cloudflare") {
    return { ...result, outcome: "skipped", reason: "reading Vercel traffic is not supported yet" };
  }
  const token = await openCredential("traffic-source", source).catch(() => null);
  if (token === null) {
    const reason = "the stored token cannot be opened (its key is not in ARCO_ENCRYPTION_KEYS)";
    await recordConnectionSync("traffic-source", source.id, { ok: false, error: reason });
    return { ...result, outcome: "failed", reason };
  }
  const provider = cloudflareTraffic({ apiToken: token, baseUrl: env().CLOUDFLARE_API_URL, zoneId: source.externalId });
  const until = now.toISOString().slice(0, 10);
  const since = new Date(now.getTime() - (DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
  try {
    const days = await retryWithinBudget(() => provider.trafficDays(since, until), {
      budgetMs: options.budgetMs ?? env().ARCO_SYNC_RETRY_BUDGET_MS,
      minDelayMs: options.minDelayMs,
    });
    result.days = days.length;
    result.rowsWritten = await recordTrafficDays(source, days);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await recordConnectionSync("traffic-source", source.id, { ok: false, error: reason });
    return { ...result, outcome: "failed", reason };
  }
  await recordConnectionSync("traffic-source", source.id, { ok: true, at: now });
  return result;
}
