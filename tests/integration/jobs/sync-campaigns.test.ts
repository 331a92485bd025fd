import { createHmac, randomBytes, randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { googleError, startFakeGoogleAds, type FakeGoogleAds } from "@/tests/support/fake-google-ads";
import { metaError, startFakeMetaGraph, type FakeMetaGraph } from "@/tests/support/fake-meta-graph";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * sync-campaigns against a private stack and local fakes of Google Ads (REST + OAuth) and the Graph API,
 * reached through the official SDKs: campaigns and daily metrics upserted, reruns idempotent, late
 * conversions picked up, 429s retried, an outage past the budget recorded with the progress kept, the plan's
 * platforms enforced, credentials sealed and out of every API role's reach.
 */
const stack = stackForThisFile();
const NOW = new Date("2026-12-07T12:00:00Z");
const GOOGLE = { developerToken: "dev-token-123", clientId: "client-id.apps", clientSecret: "client-secret" };
const GOOGLE_REFRESH_TOKEN = "1//refresh-token-google-SECRET-9f8e";
const META_TOKEN = "EAAB-meta-system-user-token-SECRET-7d6c";
const FAST = { budgetMs: 5_000, minDelayMs: 10 };

let google: FakeGoogleAds;
let meta: FakeMetaGraph;
let shop: OrganizationFixture;
let clinic: OrganizationFixture;
let googleAccountId: string;
let metaAccountId: string;
let app: {
  syncAdAccount: typeof import("@/src/campaigns/sync/sync-ad-account").syncAdAccount;
  sealCredential: typeof import("@/src/connections/connection-credential").sealCredential;
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
  campaignsSyncRequested: typeof import("@/inngest/client").campaignsSyncRequested;
};

function day(offset: number) {
  return new Date(NOW.getTime() - offset * 86_400_000).toISOString().slice(0, 10);
}

async function connect(
  org: OrganizationFixture,
  platform: "google_ads" | "meta_ads",
  accountId: string,
  token: string,
) {
  const id = randomUUID();
  const sealed = await app.sealCredential("ad-account", org.id, id, token);
  await stack.sql`
    insert into public.ad_accounts (id, org_id, platform, external_account_id, display_name, credential_sealed,
      credential_key_id, credential_hint)
    values (${id}, ${org.id}, ${platform}, ${accountId}, ${platform + " account"}, ${sealed.credentialSealed},
      ${sealed.credentialKeyId}, ${sealed.credentialHint})`;
  return id;
}

async function snapshot(orgId: string) {
  return stack.sql`
    select c.id, c.platform, c.external_id, c.name, c.status, c.daily_budget::text, m.id as metric_id, m.day::text,
      m.impressions::int, m.clicks::int, m.conversions::text, m.cost::text, m.revenue::text
    from public.campaigns c join public.campaign_metrics m on m.campaign_id = c.id
    where c.org_id = ${orgId} order by c.platform, c.external_id, m.day`;
}

beforeAll(async () => {
  google = await startFakeGoogleAds(GOOGLE);
  meta = await startFakeMetaGraph({ appSecret: "meta-app-secret" });
  pointAppAt(stack);
  Object.assign(process.env, {
    GOOGLE_ADS_DEVELOPER_TOKEN: GOOGLE.developerToken,
    GOOGLE_ADS_CLIENT_ID: GOOGLE.clientId,
    GOOGLE_ADS_CLIENT_SECRET: GOOGLE.clientSecret,
    GOOGLE_ADS_API_URL: google.url,
    GOOGLE_OAUTH_TOKEN_URL: google.tokenUrl,
    META_GRAPH_API_URL: meta.url,
    META_APP_SECRET: "meta-app-secret",
    ARCO_SYNC_RETRY_BUDGET_MS: "2000",
  });
  vi.resetModules();
  const { syncAdAccount } = await import("@/src/campaigns/sync/sync-ad-account");
  const { sealCredential } = await import("@/src/connections/connection-credential");
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { syncCampaigns } = await import("@/inngest/functions/sync-campaigns");
  const { syncAdAccountFunction } = await import("@/inngest/functions/sync-ad-account");
  const { campaignsSyncRequested } = await import("@/inngest/client");
  app = {
    syncAdAccount,
    sealCredential,
    LocalScheduler,
    functions: [syncCampaigns, syncAdAccountFunction],
    campaignsSyncRequested,
  };

  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  clinic = await createOrganization(stack, { slug: "clinic", tier: "basic", roles: ["owner"] });

  google.addCustomer("1234567890", GOOGLE_REFRESH_TOKEN);
  google.setCampaign("1234567890", {
    id: "111",
    name: "Search · brand",
    status: "ENABLED",
    channel: "SEARCH",
    budgetMicros: 50_000_000,
  });
  google.setCampaign("1234567890", {
    id: "222",
    name: "Display · remarketing",
    status: "PAUSED",
    channel: "DISPLAY",
    budgetMicros: 20_000_000,
  });
  meta.addAccount("998877", META_TOKEN);
  meta.setCampaign("998877", {
    id: "6001",
    name: "Reels · Black Friday",
    status: "ACTIVE",
    objective: "OUTCOME_SALES",
    dailyBudget: 8000,
  });
  for (let offset = 0; offset < 30; offset++) {
    google.setDay("1234567890", "111", day(offset), {
      impressions: 1000 + offset,
      clicks: 50,
      conversions: 2.5,
      conversionsValue: 400,
      costMicros: 125_500_000,
    });
    if (offset % 3 === 0) {
      google.setDay("1234567890", "222", day(offset), {
        impressions: 5000,
        clicks: 0,
        conversions: 0,
        conversionsValue: 0,
        costMicros: 0,
      });
    }
    meta.setDay("998877", "6001", day(offset), {
      impressions: 800,
      clicks: 40,
      spend: 60,
      purchases: 3,
      purchaseValue: 540,
      leads: 1,
    });
  }
  // Outside the 30 days: never read.
  google.setDay("1234567890", "111", day(40), {
    impressions: 9,
    clicks: 9,
    conversions: 9,
    conversionsValue: 9,
    costMicros: 9,
  });
  googleAccountId = await connect(shop, "google_ads", "1234567890", GOOGLE_REFRESH_TOKEN);
  metaAccountId = await connect(shop, "meta_ads", "998877", META_TOKEN);
});

beforeEach(() => {
  google.faults.clear();
  meta.faults.clear();
});

afterAll(async () => {
  await google.close();
  await meta.close();
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("sync-campaigns", () => {
  it("upserts the last 30 days of Google Ads and Meta campaigns with their derived ratios", async () => {
    const googleRun = await app.syncAdAccount(googleAccountId, NOW, FAST);
    expect(googleRun).toMatchObject({ outcome: "synced", campaigns: 2, daysWritten: 40, windows: 3, windowsDone: 3 });
    const metaRun = await app.syncAdAccount(metaAccountId, NOW, FAST);
    expect(metaRun).toMatchObject({ outcome: "synced", campaigns: 1, daysWritten: 30 });
    // Five insights rows a page: every window is read page by page.
    expect(meta.requests.filter((r) => r.path.includes("/insights")).length).toBeGreaterThan(3);

    const campaigns = await stack.sql`
      select platform, external_id, name, status, objective, daily_budget::text, currency
      from public.campaigns where org_id = ${shop.id} order by platform, external_id`;
    expect(campaigns).toEqual([
      {
        platform: "google_ads",
        external_id: "111",
        name: "Search · brand",
        status: "active",
        objective: "SEARCH",
        daily_budget: "50.00",
        currency: "BRL",
      },
      {
        platform: "google_ads",
        external_id: "222",
        name: "Display · remarketing",
        status: "paused",
        objective: "DISPLAY",
        daily_budget: "20.00",
        currency: "BRL",
      },
      {
        platform: "meta_ads",
        external_id: "6001",
        name: "Reels · Black Friday",
        status: "active",
        objective: "OUTCOME_SALES",
        daily_budget: "80.00",
        currency: "BRL",
      },
    ]);
    const [today] = await stack.sql`
      select m.impressions::int, m.clicks::int, m.conversions::text, m.cost::text, m.revenue::text,
        round(m.ctr, 4)::text as ctr, round(m.cpc, 4)::text as cpc, round(m.cpa, 4)::text as cpa, round(m.roas, 4)::text as roas
      from public.campaign_metrics m join public.campaigns c on c.id = m.campaign_id
      where c.external_id = '111' and m.day = ${day(0)}`;
    expect(today).toEqual({
      impressions: 1000,
      clicks: 50,
      conversions: "2.50",
      cost: "125.50",
      revenue: "400.00",
      ctr: "0.0500",
      cpc: "2.5100",
      cpa: "50.2000",
      roas: "3.1873",
    });
    const [metaDay] = await stack.sql`
      select m.conversions::text, m.revenue::text, m.cost::text from public.campaign_metrics m
      join public.campaigns c on c.id = m.campaign_id where c.external_id = '6001' and m.day = ${day(5)}`;
    // Purchases (3, the cross-channel count, not added twice) plus a lead; revenue is the purchases' value.
    expect(metaDay).toEqual({ conversions: "4.00", revenue: "540.00", cost: "60.00" });
    const [outside] = await stack.sql`select count(*)::int as n from public.campaign_metrics where day = ${day(40)}`;
    expect(outside!.n).toBe(0);
    const accounts =
      await stack.sql`select status, last_error, last_synced_at from public.ad_accounts where org_id = ${shop.id}`;
    expect(accounts.every((a) => a.status === "active" && a.last_error === null && a.last_synced_at !== null)).toBe(
      true,
    );
    // The Graph API was asked with the app secret proof, Google with the developer token.
    expect(meta.requests.every((r) => r.path.includes("appsecret_proof="))).toBe(true);
    expect(google.requests.find((r) => r.path.endsWith(":searchStream"))?.headers["developer-token"]).toBe(
      "dev-token-123",
    );
  });

  it("leaves the same rows when run twice", async () => {
    const before = await snapshot(shop.id);
    const [auditBefore] =
      await stack.sql`select count(*)::int as n from public.audit_log where table_name in ('campaigns', 'campaign_metrics')`;
    expect(await app.syncAdAccount(googleAccountId, NOW, FAST)).toMatchObject({ outcome: "synced", daysWritten: 0 });
    expect(await app.syncAdAccount(metaAccountId, NOW, FAST)).toMatchObject({ outcome: "synced", daysWritten: 0 });
    expect(await snapshot(shop.id)).toEqual(before);
    const [auditAfter] =
      await stack.sql`select count(*)::int as n from public.audit_log where table_name in ('campaigns', 'campaign_metrics')`;
    expect(auditAfter!.n).toBe(auditBefore!.n);
  });

  it("re-reads the last 30 days, so late conversions update their day", async () => {
    google.setDay("1234567890", "111", day(25), {
      impressions: 1025,
      clicks: 50,
      conversions: 6,
      conversionsValue: 990,
      costMicros: 125_500_000,
    });
    const rowsBefore = (await snapshot(shop.id)).length;
    expect(await app.syncAdAccount(googleAccountId, NOW, FAST)).toMatchObject({ outcome: "synced", daysWritten: 1 });
    const [late] = await stack.sql`
      select m.conversions::text, m.revenue::text, round(m.roas, 4)::text as roas from public.campaign_metrics m
      join public.campaigns c on c.id = m.campaign_id where c.external_id = '111' and m.day = ${day(25)}`;
    expect(late).toEqual({ conversions: "6.00", revenue: "990.00", roas: "7.8884" });
    expect((await snapshot(shop.id)).length).toBe(rowsBefore);
  });

  it("backs off on 429 and 5xx, then succeeds without duplicating anything", async () => {
    const before = await snapshot(shop.id);
    google.faults.fail(googleError(429, "RESOURCE_EXHAUSTED", "Resource has been exhausted (e.g. check quota)."), {
      times: 2,
    });
    google.faults.fail(googleError(503, "UNAVAILABLE", "The service is currently unavailable."), {
      after: 1,
      times: 1,
    });
    meta.faults.fail(metaError(400, 80000, "There have been too many calls to this ad-account."), { times: 1 });
    meta.faults.fail(metaError(500, 2, "An unexpected error has occurred. Please retry your request later.", true), {
      after: 2,
    });
    const searchesBefore = google.searches();
    expect(await app.syncAdAccount(googleAccountId, NOW, FAST)).toMatchObject({ outcome: "synced", windowsDone: 3 });
    expect(await app.syncAdAccount(metaAccountId, NOW, FAST)).toMatchObject({ outcome: "synced", windowsDone: 3 });
    // Three windows, two 429s and one 503 retried.
    expect(google.searches() - searchesBefore).toBe(6);
    expect(await snapshot(shop.id)).toEqual(before);
  });

  it("records an outage past the budget as a failure and keeps the windows already written", async () => {
    await stack.sql`delete from public.campaigns where org_id = ${shop.id} and platform = 'google_ads'`;
    google.faults.fail(googleError(503, "UNAVAILABLE", "The service is currently unavailable."), {
      after: 1,
      times: Infinity,
    });
    const run = await app.syncAdAccount(googleAccountId, NOW, { budgetMs: 300, minDelayMs: 20 });
    expect(run).toMatchObject({ outcome: "failed", windows: 3, windowsDone: 1 });
    expect(run.reason).toContain("503");
    // The oldest window (days 29..20) was written before the outage.
    const [kept] = await stack.sql`
      select count(*)::int as n, min(day)::text as first, max(day)::text as last from public.campaign_metrics m
      join public.campaigns c on c.id = m.campaign_id where c.org_id = ${shop.id} and c.platform = 'google_ads'`;
    expect(kept).toEqual({ n: 13, first: day(29), last: day(20) });
    const [account] = await stack.sql`select status, last_error from public.ad_accounts where id = ${googleAccountId}`;
    expect(account!.status).toBe("error");
    expect(account!.last_error).toContain("503");

    google.faults.clear();
    expect(await app.syncAdAccount(googleAccountId, NOW, FAST)).toMatchObject({ outcome: "synced", windowsDone: 3 });
    const [complete] = await stack.sql`
      select count(*)::int as n from public.campaign_metrics m join public.campaigns c on c.id = m.campaign_id
      where c.org_id = ${shop.id} and c.platform = 'google_ads'`;
    expect(complete!.n).toBe(40);
  });

  it("refuses a Meta account on a plan without Meta, and skips one the plan stopped covering", async () => {
    const id = randomUUID();
    const sealed = await app.sealCredential("ad-account", clinic.id, id, META_TOKEN);
    await expect(
      stack.sql`
        insert into public.ad_accounts (id, org_id, platform, external_account_id, display_name, credential_sealed,
          credential_key_id, credential_hint)
        values (${id}, ${clinic.id}, 'meta_ads', '445566', 'Clinic social', ${sealed.credentialSealed},
          ${sealed.credentialKeyId}, ${sealed.credentialHint})`,
    ).rejects.toThrow(/tier_limit_exceeded:campaign_platform/);

    const downgraded = await createOrganization(stack, { slug: "downgraded", tier: "pro", roles: ["owner"] });
    const accountId = await connect(downgraded, "meta_ads", "998877", META_TOKEN);
    await stack.sql`update public.organizations set tier = 'basic' where id = ${downgraded.id}`;
    const requests = meta.requests.length;
    expect(await app.syncAdAccount(accountId, NOW, FAST)).toMatchObject({
      outcome: "skipped",
      reason: "the organization's plan does not include meta_ads",
    });
    expect(meta.requests.length).toBe(requests);
  });

  it("stores credentials sealed: neither the table nor the audit trail holds the token", async () => {
    const rows =
      await stack.sql`select row_to_json(a)::text as row from public.ad_accounts a where org_id = ${shop.id}`;
    expect(rows).toHaveLength(2);
    for (const { row } of rows) {
      expect(row).not.toContain(GOOGLE_REFRESH_TOKEN);
      expect(row).not.toContain(META_TOKEN);
    }
    const hints =
      await stack.sql`select credential_hint from public.ad_accounts where org_id = ${shop.id} order by platform`;
    expect(hints.map((h) => h.credential_hint)).toEqual(["9f8e", "7d6c"]);
    const [audit] = await stack.sql`
      select count(*)::int as n from public.audit_log
      where after::text like ${"%" + GOOGLE_REFRESH_TOKEN + "%"} or after::text like ${"%" + META_TOKEN + "%"}`;
    expect(audit!.n).toBe(0);
  });

  it("shows accounts to the organization's owners and admins only, and their sealed credentials to no one", async () => {
    const asOwner = await requestDbAs(shop.users.owner);
    const seen = await asOwner((tx) =>
      tx.execute(sql`select platform, credential_hint from public.ad_accounts order by platform`),
    );
    expect([...seen]).toEqual([
      { platform: "google_ads", credential_hint: "9f8e" },
      { platform: "meta_ads", credential_hint: "7d6c" },
    ]);
    const refused = await asOwner((tx) => tx.execute(sql`select credential_sealed from public.ad_accounts`)).catch(
      (error: Error) => error,
    );
    expect(String((refused as Error).cause)).toMatch(/permission denied for table ad_accounts/);
    const asMember = await requestDbAs(shop.users.member);
    expect([...(await asMember((tx) => tx.execute(sql`select id from public.ad_accounts`)))]).toEqual([]);
    const asStranger = await requestDbAs(clinic.users.owner);
    expect([...(await asStranger((tx) => tx.execute(sql`select id from public.ad_accounts`)))]).toEqual([]);
  });

  it("runs daily through the scheduler, once per day, and on request for one organization", async () => {
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    // 06:00 in São Paulo.
    const scheduler = new app.LocalScheduler({
      functions: app.functions,
      now: () => new Date("2026-12-07T09:00:10Z"),
      logger,
    });
    scheduler.tick();
    await scheduler.idle();
    expect(scheduler.history().filter((r) => r.status !== "succeeded")).toEqual([]);
    const runs = await stack.sql`
      select job, run_key, status, detail ->> 'outcome' as outcome from public.job_runs
      where job in ('sync-campaigns', 'sync-ad-account') order by job, run_key`;
    expect(runs.filter((r) => r.job === "sync-campaigns")).toEqual([
      { job: "sync-campaigns", run_key: "2026-12-07", status: "succeeded", outcome: null },
    ]);
    // Three accounts: the shop's two and the downgraded organization's, skipped.
    expect(
      runs
        .filter((r) => r.job === "sync-ad-account")
        .map((r) => r.outcome)
        .sort(),
    ).toEqual(["skipped", "synced", "synced"]);

    const empty = await createOrganization(stack, { slug: "empty", tier: "pro", roles: ["owner"] });
    await scheduler.send([app.campaignsSyncRequested.create({ orgId: empty.id })]);
    await scheduler.idle();
    const [skipped] = await stack.sql`
      select detail from public.job_runs where job = 'sync-campaigns' and run_key like ${empty.id + ":%"}`;
    expect(skipped!.detail).toMatchObject({ accounts: 0, outcome: "skipped", reason: "no connected ad accounts" });
  });
});

describe("rotating the encryption key", () => {
  it("re-seals every connection's token under the new key, which still opens it, and does nothing the second time", async () => {
    // The tokens above were sealed by the key derived from the service-role key (no ARCO_ENCRYPTION_KEYS).
    const derived = createHmac("sha256", stack.serviceRoleKey).update("arco:secret-box:v1").digest("base64");
    process.env.ARCO_ENCRYPTION_KEYS = `k2:${randomBytes(32).toString("base64")},derived:${derived}`;
    vi.resetModules();
    try {
      const { resealConnectionCredentials } = await import("@/src/connections/reseal-connection-credentials");
      const { openCredential } = await import("@/src/connections/connection-credential");
      const first = await resealConnectionCredentials();
      expect(first.current).toBe("k2");
      expect(first.resealed).toBeGreaterThanOrEqual(2);
      const [row] = await stack.sql<{ credential_key_id: string; credential_sealed: string }[]>`
        select credential_key_id, credential_sealed from public.ad_accounts where id = ${googleAccountId}`;
      expect(row!.credential_key_id).toBe("k2");
      const stored = { credentialKeyId: row!.credential_key_id, credentialSealed: row!.credential_sealed };
      expect(await openCredential("ad-account", { orgId: shop.id, id: googleAccountId, ...stored })).toBe(
        GOOGLE_REFRESH_TOKEN,
      );
      expect(await resealConnectionCredentials()).toEqual({ resealed: 0, current: "k2" });
    } finally {
      delete process.env.ARCO_ENCRYPTION_KEYS;
      vi.resetModules();
    }
  });
});
