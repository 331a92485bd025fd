import { randomUUID } from "node:crypto";
import { startFakeHttpServer, type FakeHttpServer, type FakeReply } from "./fake-http-server";
import { faultPlan, type FaultPlan } from "./fault-plan";

export interface FakeGoogleCampaign {
  id: string;
  name: string;
  status: "ENABLED" | "PAUSED" | "REMOVED";
  channel: string;
  budgetMicros: number;
}

export interface FakeGoogleDay {
  impressions: number;
  clicks: number;
  conversions: number;
  conversionsValue: number;
  costMicros: number;
}

export interface FakeGoogleAds extends FakeHttpServer {
  /** OAuth token endpoint (point GOOGLE_OAUTH_TOKEN_URL here); `url` is the API host (GOOGLE_ADS_API_URL). */
  tokenUrl: string;
  /** Adds a customer (10 digits) reachable with `refreshToken`, in `currency`. */
  addCustomer(customerId: string, refreshToken: string, currency?: string): void;
  setCampaign(customerId: string, campaign: FakeGoogleCampaign): void;
  setDay(customerId: string, campaignId: string, day: string, figures: FakeGoogleDay): void;
  /** Faults for searchStream requests (the token endpoint always answers). */
  faults: FaultPlan;
  /** searchStream requests served (faults included). */
  searches(): number;
}

/** Google's JSON error, as searchStream returns it: an array holding one `{ error }` object. */
export function googleError(status: number, grpcStatus: string, message: string): FakeReply {
  return { status, body: [{ error: { code: status, message, status: grpcStatus } }] };
}

/**
 * The Google Ads API's REST interface as far as the campaign sync uses it, with the OAuth token endpoint:
 * `POST /token` (refresh_token grant, form-encoded, checks the client id/secret) and
 * `POST /v24/customers/{id}/googleAds:searchStream` (Bearer token, `developer-token` header, a GAQL query on
 * `campaign` filtered by `segments.date BETWEEN`), answering rows in the camelCase JSON Google sends, one
 * batch per 10,000 rows. Days without figures are absent, as on Google.
 */
export async function startFakeGoogleAds(options: {
  developerToken: string;
  clientId: string;
  clientSecret: string;
}): Promise<FakeGoogleAds> {
  const customers = new Map<
    string,
    {
      refreshToken: string;
      currency: string;
      campaigns: Map<string, FakeGoogleCampaign>;
      days: Map<string, Map<string, FakeGoogleDay>>;
    }
  >();
  const accessTokens = new Map<string, string>();
  const faults = faultPlan();
  let searches = 0;

  const server = await startFakeHttpServer((request) => {
    if (request.method === "POST" && request.path === "/token") {
      const form = request.body as Record<string, string>;
      if (form.client_id !== options.clientId || form.client_secret !== options.clientSecret) {
        return { status: 401, body: { error: "invalid_client", error_description: "The OAuth client was not found." } };
      }
      const owner = [...customers.values()].find((c) => c.refreshToken === form.refresh_token);
      if (form.grant_type !== "refresh_token" || !owner) {
        return {
          status: 400,
          body: { error: "invalid_grant", error_description: "Token has been expired or revoked." },
        };
      }
      const token = `ya29.${randomUUID()}`;
      accessTokens.set(token, form.refresh_token!);
      return {
        status: 200,
        body: {
          access_token: token,
          expires_in: 3599,
          scope: "https://www.googleapis.com/auth/adwords",
          token_type: "Bearer",
        },
      };
    }
    const match = /^\/v24\/customers\/(\d{10})\/googleAds:searchStream$/.exec(request.path);
    if (request.method !== "POST" || !match) {
      return googleError(404, "NOT_FOUND", `No route for ${request.method} ${request.path}`);
    }
    searches += 1;
    const fault = faults.take();
    if (fault) return fault;
    const bearer = request.headers.authorization?.replace(/^Bearer /, "") ?? "";
    const refreshToken = accessTokens.get(bearer);
    if (!refreshToken) {
      return googleError(401, "UNAUTHENTICATED", "Request is missing required authentication credential.");
    }
    if (request.headers["developer-token"] !== options.developerToken) {
      return googleError(403, "PERMISSION_DENIED", "The developer token is not valid.");
    }
    const customer = customers.get(match[1]!);
    if (!customer || customer.refreshToken !== refreshToken) {
      return googleError(403, "PERMISSION_DENIED", "The caller does not have permission");
    }
    const query = String((request.body as { query?: unknown })?.query ?? "");
    const range = /segments\.date BETWEEN '(\d{4}-\d{2}-\d{2})' AND '(\d{4}-\d{2}-\d{2})'/i.exec(query);
    if (!/FROM\s+campaign\b/i.test(query) || !range) {
      return googleError(400, "INVALID_ARGUMENT", "Request contains an invalid argument.");
    }
    const [, since, until] = range;
    const results = [];
    for (const [campaignId, days] of customer.days) {
      const campaign = customer.campaigns.get(campaignId)!;
      for (const [day, figures] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
        if (day < since! || day > until!) continue;
        results.push({
          campaign: {
            resourceName: `customers/${match[1]}/campaigns/${campaign.id}`,
            id: campaign.id,
            name: campaign.name,
            status: campaign.status,
            advertisingChannelType: campaign.channel,
          },
          campaignBudget: {
            resourceName: `customers/${match[1]}/campaignBudgets/${campaign.id}0`,
            amountMicros: String(campaign.budgetMicros),
          },
          customer: { resourceName: `customers/${match[1]}`, currencyCode: customer.currency },
          segments: { date: day },
          metrics: {
            impressions: String(figures.impressions),
            clicks: String(figures.clicks),
            conversions: figures.conversions,
            conversionsValue: figures.conversionsValue,
            costMicros: String(figures.costMicros),
          },
        });
      }
    }
    const batches = [];
    for (let i = 0; i === 0 || i < results.length; i += 10_000) {
      batches.push({
        results: results.slice(i, i + 10_000),
        fieldMask:
          "campaign.id,campaign.name,campaign.status,campaign.advertisingChannelType,campaignBudget.amountMicros," +
          "customer.currencyCode,segments.date,metrics.impressions,metrics.clicks,metrics.conversions," +
          "metrics.conversionsValue,metrics.costMicros",
        requestId: randomUUID().replace(/-/g, "").slice(0, 22),
      });
    }
    return { status: 200, body: batches };
  });

  return {
    ...server,
    tokenUrl: `${server.url}/token`,
    faults,
    searches: () => searches,
    addCustomer(customerId, refreshToken, currency = "BRL") {
      customers.set(customerId, { refreshToken, currency, campaigns: new Map(), days: new Map() });
    },
    setCampaign(customerId, campaign) {
      customers.get(customerId)!.campaigns.set(campaign.id, campaign);
    },
    setDay(customerId, campaignId, day, figures) {
      const days = customers.get(customerId)!.days;
      if (!days.has(campaignId)) days.set(campaignId, new Map());
      days.get(campaignId)!.set(day, figures);
    },
  };
}
