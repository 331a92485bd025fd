import "server-only";
import { OAuth2Client } from "google-auth-library";
import { Customer, enums, errors } from "google-ads-api";
import { isRetryableStatus, SyncSourceError } from "@/src/jobs/retry-within-budget";
import type { AdPlatformSource, CampaignDay } from "./campaign-day";

export interface GoogleAdsSettings {
  developerToken: string;
  clientId: string;
  clientSecret: string;
  /** Replaces `https://googleads.googleapis.com` (a local fake in tests). */
  apiUrl?: string;
  /** Replaces `https://oauth2.googleapis.com/token`. */
  tokenUrl?: string;
}

export interface GoogleAdsAccount {
  customerId: string;
  loginCustomerId: string | null;
  refreshToken: string;
}

const GOOGLE_ADS_ORIGIN = "https://googleads.googleapis.com";

/** The request the SDK builds for its REST calls; private in its typings, so it is reached through this shape. */
interface RestRequestBuilder {
  prepareGoogleAdsServicePostRequestArgs(name: string, token: string, extra: object): { url: string };
}

/**
 * google-ads-api's Customer, pointed at configurable hosts. The SDK runs GAQL queries (`query`, `report`) over
 * Google Ads' REST interface (`POST /v24/customers/{id}/googleAds:searchStream`, JSON) with an OAuth access
 * token; gRPC is only used for mutations and a few services this sync never calls. Neither host is an SDK
 * option, so: the access token comes from google-auth-library's OAuth2Client with its documented
 * `endpoints.oauth2TokenUrl` (overriding the SDK's public `getAccessToken`), and the REST request's origin is
 * swapped where the SDK builds it. The SDK's version is pinned and the integration test runs this path.
 */
class ConfigurableCustomer extends Customer {
  private accessToken: Promise<string> | undefined;
  private readonly oauth: OAuth2Client;

  constructor(settings: GoogleAdsSettings, account: GoogleAdsAccount, oauth: OAuth2Client) {
    super(
      { client_id: settings.clientId, client_secret: settings.clientSecret, developer_token: settings.developerToken },
      {
        customer_id: account.customerId,
        refresh_token: account.refreshToken,
        ...(account.loginCustomerId ? { login_customer_id: account.loginCustomerId } : {}),
      },
    );
    this.oauth = oauth;
    const apiUrl = settings.apiUrl?.replace(/\/+$/, "");
    if (apiUrl) {
      const builder = this as unknown as RestRequestBuilder;
      const build = builder.prepareGoogleAdsServicePostRequestArgs.bind(this);
      builder.prepareGoogleAdsServicePostRequestArgs = (name, token, extra) => {
        const args = build(name, token, extra);
        return { ...args, url: apiUrl + args.url.slice(GOOGLE_ADS_ORIGIN.length) };
      };
    }
  }

  /** One access token per sync (they last an hour); a failed grant is not kept, so a retry asks again. */
  override getAccessToken(): Promise<string> {
    this.accessToken ??= this.oauth.getAccessToken().then(({ token }) => {
      if (!token) throw new Error("Google issued no access token");
      return token;
    });
    this.accessToken.catch(() => (this.accessToken = undefined));
    return this.accessToken;
  }
}

const CHANNELS = enums.AdvertisingChannelType as unknown as Record<number, string>;

const STATUS: Partial<Record<number, CampaignDay["status"]>> = {
  [enums.CampaignStatus.ENABLED]: "active",
  [enums.CampaignStatus.PAUSED]: "paused",
  [enums.CampaignStatus.REMOVED]: "ended",
};

/** Quota and Google-side failures pass with time; everything else (auth, a bad query) does not. */
function describe(error: unknown): SyncSourceError {
  if (error instanceof errors.GoogleAdsFailure) {
    const codes = (error.errors ?? []).map((e) => e.error_code ?? {});
    const retryable = codes.some((code) => code.quota_error || code.internal_error);
    const message = (error.errors ?? []).map((e) => e.message).join("; ") || "GoogleAdsFailure";
    return new SyncSourceError(`Google Ads: ${message}`, { retryable, cause: error });
  }
  // A REST error without GoogleAdsFailure details: its JSON error (code, status) is the cause.
  const cause = error instanceof Error ? (error.cause as { code?: unknown; status?: unknown } | undefined) : undefined;
  // An OAuth failure (gaxios): its HTTP response.
  const response = (error as { response?: { status?: unknown } } | null)?.response;
  const status =
    typeof cause?.code === "number" ? cause.code : typeof response?.status === "number" ? response.status : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return new SyncSourceError(`Google Ads${status ? ` ${status}` : ""}: ${message}`, {
    retryable: isRetryableStatus(status) && !/invalid_grant|unauthorized_client/.test(message),
    cause: error,
  });
}

/**
 * A Google Ads customer's campaigns and their daily metrics, read with one GAQL query per date range through
 * the google-ads-api SDK. Cost is in micros of the account's currency; conversions and their value are what the
 * account counts in its "Conversions" column, so CPA and ROAS match the Google Ads interface.
 */
export function googleAdsSource(settings: GoogleAdsSettings, account: GoogleAdsAccount): AdPlatformSource {
  const oauth = new OAuth2Client({
    clientId: settings.clientId,
    clientSecret: settings.clientSecret,
    ...(settings.tokenUrl ? { endpoints: { oauth2TokenUrl: settings.tokenUrl } } : {}),
  });
  oauth.setCredentials({ refresh_token: account.refreshToken });
  const customer = new ConfigurableCustomer(settings, account, oauth);
  return {
    platform: "google_ads",
    async campaignDays(since, until) {
      let rows;
      try {
        rows = await customer.query(`
          SELECT campaign.id, campaign.name, campaign.status, campaign.advertising_channel_type,
            campaign_budget.amount_micros, customer.currency_code, segments.date,
            metrics.impressions, metrics.clicks, metrics.conversions, metrics.conversions_value, metrics.cost_micros
          FROM campaign
          WHERE segments.date BETWEEN '${since}' AND '${until}'`);
      } catch (error) {
        throw describe(error);
      }
      return rows.map((row): CampaignDay => {
        const channel = row.campaign?.advertising_channel_type;
        const budget = row.campaign_budget?.amount_micros;
        return {
          externalId: String(row.campaign?.id),
          name: row.campaign?.name ?? `Campaign ${row.campaign?.id}`,
          status: STATUS[Number(row.campaign?.status)] ?? "active",
          objective: channel !== undefined && channel !== null ? (CHANNELS[Number(channel)] ?? null) : null,
          dailyBudget: budget !== undefined && budget !== null ? Number(budget) / 1e6 : null,
          currency: row.customer?.currency_code ?? "BRL",
          day: String(row.segments?.date),
          impressions: Number(row.metrics?.impressions ?? 0),
          clicks: Number(row.metrics?.clicks ?? 0),
          conversions: Number(row.metrics?.conversions ?? 0),
          cost: Number(row.metrics?.cost_micros ?? 0) / 1e6,
          revenue: Number(row.metrics?.conversions_value ?? 0),
        };
      });
    },
  };
}
