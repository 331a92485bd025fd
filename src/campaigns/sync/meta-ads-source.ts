import "server-only";
import { createHmac } from "node:crypto";
import { AdAccount, FacebookAdsApi } from "facebook-nodejs-business-sdk";
import { isRetryableStatus, SyncSourceError } from "@/src/jobs/retry-within-budget";
import type { AdPlatformSource, CampaignDay } from "./campaign-day";

export interface MetaAdsSettings {
  /** With it, every call carries `appsecret_proof` (required when the Meta app demands it). */
  appSecret?: string;
  /** Replaces `https://graph.facebook.com` (a local fake in tests). */
  graphUrl?: string;
}

export interface MetaAdsAccount {
  /** The ad account's number, without "act_". */
  accountId: string;
  accessToken: string;
}

/**
 * The SDK's API object with the Graph host configurable: `call` takes a URL override (the SDK passes none
 * from its objects), so this subclass supplies it, and adds `appsecret_proof` to the parameters. Pages after
 * the first follow the absolute `paging.next` URL the Graph API returns, as the SDK does. Crash reports to
 * Meta are off (the SDK's third constructor argument).
 */
class ConfigurableGraphApi extends FacebookAdsApi {
  private readonly graphUrl: string;
  private readonly proof: string | undefined;

  constructor(accessToken: string, settings: MetaAdsSettings) {
    super(accessToken, "en_US", false);
    this.graphUrl = settings.graphUrl?.replace(/\/+$/, "") ?? "";
    this.proof = settings.appSecret
      ? createHmac("sha256", settings.appSecret).update(accessToken).digest("hex")
      : undefined;
  }

  override call<T>(
    method: string,
    path: string | string[],
    params: Record<string, unknown> = {},
    files: Record<string, unknown> = {},
    useMultipartFormData = false,
    urlOverride = "",
  ): Promise<T> {
    if (!this.proof)
      return super.call<T>(method, path, params, files, useMultipartFormData, urlOverride || this.graphUrl);
    if (Array.isArray(path)) {
      const withProof = { ...params, appsecret_proof: this.proof };
      return super.call<T>(method, path, withProof, files, useMultipartFormData, urlOverride || this.graphUrl);
    }
    // A next-page URL is used as given; it carries the access token but not necessarily the proof.
    const next = new URL(path);
    if (!next.searchParams.has("appsecret_proof")) next.searchParams.set("appsecret_proof", this.proof);
    return super.call<T>(method, next.toString(), params, files, useMultipartFormData, urlOverride);
  }
}

/** Graph API error codes that mean "slow down" or "try again" although the HTTP status is 400. */
const THROTTLE_CODES = new Set([1, 2, 4, 17, 32, 341, 613]);

function describe(error: unknown): SyncSourceError {
  const failure = error as {
    status?: unknown;
    message?: unknown;
    response?: { code?: unknown; is_transient?: unknown };
  };
  const status = typeof failure?.status === "number" ? failure.status : undefined;
  const code = typeof failure?.response?.code === "number" ? failure.response.code : undefined;
  const throttled = code !== undefined && (THROTTLE_CODES.has(code) || (code >= 80_000 && code <= 80_014));
  const retryable = throttled || failure?.response?.is_transient === true || isRetryableStatus(status);
  const message = typeof failure?.message === "string" ? failure.message : String(error);
  return new SyncSourceError(`Meta${status ? ` ${status}` : ""}${code ? ` (code ${code})` : ""}: ${message}`, {
    retryable,
    cause: error,
  });
}

const STATUS: Record<string, CampaignDay["status"]> = {
  ACTIVE: "active",
  PAUSED: "paused",
  DELETED: "ended",
  ARCHIVED: "ended",
};

/** Purchases (the cross-channel count when Meta gives it) and leads are the conversions; purchases carry the value. */
const PURCHASE_TYPES = ["omni_purchase", "purchase", "offsite_conversion.fb_pixel_purchase"];
const LEAD_TYPES = ["lead", "onsite_conversion.lead_grouped"];

type ActionStat = { action_type?: string; value?: string };

function firstOf(stats: ActionStat[] | undefined, types: string[]): number {
  for (const type of types) {
    const stat = stats?.find((s) => s.action_type === type);
    if (stat) return Number(stat.value ?? 0);
  }
  return 0;
}

interface CampaignInfo {
  name: string;
  status: CampaignDay["status"];
  objective: string | null;
  dailyBudget: number | null;
}

/** Every page of a cursor, in order. */
async function allPages(first: Promise<unknown> | unknown): Promise<Record<string, unknown>[]> {
  const cursor = (await first) as { hasNext(): boolean; next(): Promise<unknown> } & { _data?: unknown }[];
  const rows: Record<string, unknown>[] = [];
  let page = cursor;
  for (;;) {
    rows.push(...page.map((item) => (item as { _data: Record<string, unknown> })._data));
    if (!page.hasNext()) return rows;
    page = (await page.next()) as typeof cursor;
  }
}

/**
 * A Meta ad account's campaigns and daily insights through the Marketing API SDK: the campaigns (status,
 * objective, daily budget in the account's minor unit) once, then `insights` at campaign level with
 * `time_increment=1` for each date range, page by page.
 */
export function metaAdsSource(settings: MetaAdsSettings, account: MetaAdsAccount): AdPlatformSource {
  const api = new ConfigurableGraphApi(account.accessToken, settings);
  const adAccount = new AdAccount(`act_${account.accountId}`, {}, null, api);
  let campaigns: Promise<Map<string, CampaignInfo>> | undefined;

  const loadCampaigns = async () => {
    const rows = await allPages(
      adAccount.getCampaigns(["id", "name", "status", "objective", "daily_budget"], { limit: 200 }),
    );
    return new Map(
      rows.map((c) => [
        String(c.id),
        {
          name: String(c.name ?? c.id),
          status: STATUS[String(c.status)] ?? "active",
          objective: typeof c.objective === "string" ? c.objective : null,
          // Budgets are in the currency's minor unit (cents for BRL).
          dailyBudget: c.daily_budget ? Number(c.daily_budget) / 100 : null,
        },
      ]),
    );
  };

  return {
    platform: "meta_ads",
    async campaignDays(since, until) {
      try {
        campaigns ??= loadCampaigns();
        campaigns.catch(() => (campaigns = undefined));
        const known = await campaigns;
        const insights = await allPages(
          adAccount.getInsights(
            [
              "campaign_id",
              "campaign_name",
              "objective",
              "account_currency",
              "impressions",
              "clicks",
              "spend",
              "actions",
              "action_values",
            ],
            { level: "campaign", time_increment: 1, time_range: { since, until }, limit: 500 },
          ),
        );
        return insights.map((row): CampaignDay => {
          const id = String(row.campaign_id);
          const info = known.get(id);
          const actions = row.actions as ActionStat[] | undefined;
          return {
            externalId: id,
            name: info?.name ?? String(row.campaign_name ?? id),
            status: info?.status ?? "active",
            objective: info?.objective ?? (typeof row.objective === "string" ? row.objective : null),
            dailyBudget: info?.dailyBudget ?? null,
            currency: typeof row.account_currency === "string" ? row.account_currency : "BRL",
            day: String(row.date_start),
            impressions: Number(row.impressions ?? 0),
            clicks: Number(row.clicks ?? 0),
            conversions: firstOf(actions, PURCHASE_TYPES) + firstOf(actions, LEAD_TYPES),
            cost: Number(row.spend ?? 0),
            revenue: firstOf(row.action_values as ActionStat[] | undefined, PURCHASE_TYPES),
          };
        });
      } catch (error) {
        throw describe(error);
      }
    },
  };
}
