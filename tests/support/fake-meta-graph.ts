import { createHmac, randomUUID } from "node:crypto";
import { startFakeHttpServer, type FakeHttpServer, type FakeReply } from "./fake-http-server";
import { faultPlan, type FaultPlan } from "./fault-plan";

export interface FakeMetaCampaign {
  id: string;
  name: string;
  status: "ACTIVE" | "PAUSED" | "DELETED" | "ARCHIVED";
  objective: string;
  /** In the currency's minor unit, as Meta gives it. */
  dailyBudget: number;
}

export interface FakeMetaDay {
  impressions: number;
  clicks: number;
  spend: number;
  purchases: number;
  purchaseValue: number;
  leads?: number;
}

export interface FakeMetaGraph extends FakeHttpServer {
  addAccount(accountId: string, accessToken: string, currency?: string): void;
  setCampaign(accountId: string, campaign: FakeMetaCampaign): void;
  setDay(accountId: string, campaignId: string, day: string, figures: FakeMetaDay): void;
  faults: FaultPlan;
  /** Rows per page of an edge (small, so the sync's paging is exercised). */
  pageSize: number;
}

/** The Graph API's error object; `code` 17/80000… is throttling, `is_transient` an outage. */
export function metaError(status: number, code: number, message: string, transient = false): FakeReply {
  return {
    status,
    body: { error: { message, type: "OAuthException", code, is_transient: transient, fbtrace_id: randomUUID() } },
  };
}

/**
 * The Graph API (v24.0) as far as the campaign sync uses it: `GET /v24.0/act_{id}/campaigns` and
 * `GET /v24.0/act_{id}/insights` (level=campaign, time_increment=1, time_range JSON) with `access_token` in the
 * query, numbers as strings and conversions under `actions`/`action_values`, paged with `after` cursors and an
 * absolute `paging.next` URL that carries every parameter, as Meta's does. `appsecret_proof` is checked when the
 * app secret is given.
 */
export async function startFakeMetaGraph(options: { appSecret?: string } = {}): Promise<FakeMetaGraph> {
  const accounts = new Map<
    string,
    {
      accessToken: string;
      currency: string;
      campaigns: Map<string, FakeMetaCampaign>;
      days: Map<string, Map<string, FakeMetaDay>>;
    }
  >();
  const faults = faultPlan();
  const state = { pageSize: 5 };
  let baseUrl = "";

  const page = (url: URL, rows: object[]): FakeReply => {
    const offset = Number(url.searchParams.get("after") ?? 0);
    const data = rows.slice(offset, offset + state.pageSize);
    const paging: Record<string, unknown> = {
      cursors: { before: String(offset), after: String(offset + data.length) },
    };
    if (offset + data.length < rows.length) {
      const next = new URL(url.pathname + url.search, baseUrl);
      next.searchParams.set("after", String(offset + data.length));
      // Kept out of the next-page URL, so the client must add it again (as it must for any URL it is handed).
      next.searchParams.delete("appsecret_proof");
      paging.next = next.toString();
    }
    return { status: 200, body: { data, paging } };
  };

  const server = await startFakeHttpServer((request) => {
    const url = new URL(request.path, "http://graph.local");
    const match = /^\/v24\.0\/act_(\d+)\/(campaigns|insights)$/.exec(url.pathname);
    if (request.method !== "GET" || !match) {
      return metaError(400, 100, `Unsupported get request. Object with ID '${url.pathname}' does not exist.`);
    }
    const fault = faults.take();
    if (fault) return fault;
    const account = accounts.get(match[1]!);
    const token = url.searchParams.get("access_token");
    if (!account || token !== account.accessToken) {
      return metaError(400, 190, "Invalid OAuth access token - Cannot parse access token");
    }
    if (options.appSecret) {
      const proof = createHmac("sha256", options.appSecret).update(token).digest("hex");
      if (url.searchParams.get("appsecret_proof") !== proof) {
        return metaError(400, 100, "Invalid appsecret_proof provided in the API argument");
      }
    }
    if (match[2] === "campaigns") {
      return page(
        url,
        [...account.campaigns.values()].map((c) => ({
          id: c.id,
          name: c.name,
          status: c.status,
          objective: c.objective,
          daily_budget: String(c.dailyBudget),
        })),
      );
    }
    if (url.searchParams.get("level") !== "campaign" || url.searchParams.get("time_increment") !== "1") {
      return metaError(400, 100, "(#100) level must be campaign and time_increment 1 in this fake");
    }
    const range = JSON.parse(url.searchParams.get("time_range") ?? "{}") as { since?: string; until?: string };
    if (!range.since || !range.until) return metaError(400, 100, "(#100) time_range is required");
    const rows = [];
    for (const [campaignId, days] of account.days) {
      const campaign = account.campaigns.get(campaignId)!;
      for (const [day, f] of [...days].sort(([a], [b]) => a.localeCompare(b))) {
        if (day < range.since || day > range.until) continue;
        const actions = [
          { action_type: "omni_purchase", value: String(f.purchases) },
          { action_type: "purchase", value: String(f.purchases) },
          { action_type: "link_click", value: String(f.clicks) },
        ];
        if (f.leads) actions.push({ action_type: "lead", value: String(f.leads) });
        rows.push({
          campaign_id: campaign.id,
          campaign_name: campaign.name,
          objective: campaign.objective,
          account_currency: account.currency,
          impressions: String(f.impressions),
          clicks: String(f.clicks),
          spend: f.spend.toFixed(2),
          actions,
          action_values: [
            { action_type: "omni_purchase", value: f.purchaseValue.toFixed(2) },
            { action_type: "purchase", value: f.purchaseValue.toFixed(2) },
          ],
          date_start: day,
          date_stop: day,
        });
      }
    }
    return page(url, rows);
  });
  baseUrl = server.url;

  return {
    ...server,
    faults,
    get pageSize() {
      return state.pageSize;
    },
    set pageSize(value: number) {
      state.pageSize = value;
    },
    addAccount(accountId, accessToken, currency = "BRL") {
      accounts.set(accountId, { accessToken, currency, campaigns: new Map(), days: new Map() });
    },
    setCampaign(accountId, campaign) {
      accounts.get(accountId)!.campaigns.set(campaign.id, campaign);
    },
    setDay(accountId, campaignId, day, figures) {
      const days = accounts.get(accountId)!.days;
      if (!days.has(campaignId)) days.set(campaignId, new Map());
      days.get(campaignId)!.set(day, figures);
    },
  };
}
