import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { cloudflareError, startFakeCloudflare, type FakeCloudflare } from "@/tests/support/fake-cloudflare";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * track-network-usage against a private stack and a local fake of Cloudflare's GraphQL Analytics API, through
 * the official `cloudflare` SDK: daily requests by status class and country, and bandwidth, upserted into
 * network_usage per scope; reruns idempotent; 429 with Retry-After honoured; no sources, nothing to do.
 */
const stack = stackForThisFile();
const NOW = new Date("2026-12-07T15:30:00Z");
const ZONE = "0123456789abcdef0123456789abcdef";
const PROJECT_ZONE = "fedcba9876543210fedcba9876543210";
const TOKEN = "cf-api-token-SECRET-a1b2";
const FAST = { budgetMs: 5_000, minDelayMs: 10 };

let cloudflare: FakeCloudflare;
let shop: OrganizationFixture;
let projectId: string;
let orgSourceId: string;
let projectSourceId: string;
let app: {
  syncTrafficSource: typeof import("@/src/infrastructure/traffic-sync/sync-traffic-source").syncTrafficSource;
  sealCredential: typeof import("@/src/connections/connection-credential").sealCredential;
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
};

async function addSource(org: OrganizationFixture, zone: string, project: string | null) {
  const id = randomUUID();
  const sealed = await app.sealCredential("traffic-source", org.id, id, TOKEN);
  await stack.sql`
    insert into public.traffic_sources (id, org_id, project_id, provider, external_id, display_name,
      credential_sealed, credential_key_id, credential_hint)
    values (${id}, ${org.id}, ${project}, 'cloudflare', ${zone}, ${zone.slice(0, 6)}, ${sealed.credentialSealed},
      ${sealed.credentialKeyId}, ${sealed.credentialHint})`;
  return id;
}

async function usage() {
  return stack.sql`
    select id, project_id, day::text, requests_total::int, requests_2xx::int, requests_3xx::int, requests_4xx::int,
      requests_5xx::int, bandwidth_bytes::text, geo
    from public.network_usage where org_id = ${shop.id} order by project_id nulls first, day`;
}

beforeAll(async () => {
  cloudflare = await startFakeCloudflare();
  pointAppAt(stack);
  Object.assign(process.env, { CLOUDFLARE_API_URL: cloudflare.baseUrl, ARCO_SYNC_RETRY_BUDGET_MS: "3000" });
  vi.resetModules();
  const { syncTrafficSource } = await import("@/src/infrastructure/traffic-sync/sync-traffic-source");
  const { sealCredential } = await import("@/src/connections/connection-credential");
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { trackNetworkUsage } = await import("@/inngest/functions/track-network-usage");
  const { syncTrafficSourceFunction } = await import("@/inngest/functions/sync-traffic-source");
  app = {
    syncTrafficSource,
    sealCredential,
    LocalScheduler,
    functions: [trackNetworkUsage, syncTrafficSourceFunction],
  };

  shop = await createOrganization(stack, { slug: "shop", tier: "pro", roles: ["owner"] });
  const [project] =
    await stack.sql`insert into public.projects (org_id, name) values (${shop.id}, 'Store') returning id`;
  projectId = project!.id;
  cloudflare.addZone(ZONE, TOKEN);
  cloudflare.addZone(PROJECT_ZONE, TOKEN);
  cloudflare.setDay(ZONE, "2026-12-06", {
    requests: 10_000,
    bytes: 2_500_000_000,
    statuses: { 200: 8_000, 204: 500, 301: 700, 404: 600, 503: 200 },
    countries: { BR: 9_000, US: 800, XX: 200 },
  });
  cloudflare.setDay(ZONE, "2026-12-07", {
    requests: 4_000,
    bytes: 900_000_000,
    statuses: { 200: 3_900, 500: 100 },
    countries: { BR: 3_500, PT: 500 },
  });
  // Older than the two days read each hour: left alone.
  cloudflare.setDay(ZONE, "2026-12-01", { requests: 1, bytes: 1, statuses: { 200: 1 }, countries: { BR: 1 } });
  cloudflare.setDay(PROJECT_ZONE, "2026-12-07", {
    requests: 50,
    bytes: 5_000,
    statuses: { 200: 50 },
    countries: { BR: 50 },
  });
  orgSourceId = await addSource(shop, ZONE, null);
  projectSourceId = await addSource(shop, PROJECT_ZONE, projectId);
});

beforeEach(() => cloudflare.faults.clear());

afterAll(async () => {
  await cloudflare.close();
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("track-network-usage", () => {
  it("writes each day's requests by status class and country, and bandwidth, for the source's scope", async () => {
    expect(await app.syncTrafficSource(orgSourceId, NOW, FAST)).toEqual({ outcome: "synced", days: 2, rowsWritten: 2 });
    expect(await app.syncTrafficSource(projectSourceId, NOW, FAST)).toEqual({
      outcome: "synced",
      days: 1,
      rowsWritten: 1,
    });
    const rows = (await usage()).map((row) => ({ ...row, id: undefined }));
    expect(rows).toEqual([
      {
        id: undefined,
        project_id: null,
        day: "2026-12-06",
        requests_total: 10_000,
        requests_2xx: 8_500,
        requests_3xx: 700,
        requests_4xx: 600,
        requests_5xx: 200,
        bandwidth_bytes: "2500000000",
        geo: { BR: 9_000, US: 800 },
      },
      {
        project_id: null,
        day: "2026-12-07",
        requests_total: 4_000,
        requests_2xx: 3_900,
        requests_3xx: 0,
        requests_4xx: 0,
        requests_5xx: 100,
        bandwidth_bytes: "900000000",
        geo: { BR: 3_500, PT: 500 },
      },
      {
        project_id: projectId,
        day: "2026-12-07",
        requests_total: 50,
        requests_2xx: 50,
        requests_3xx: 0,
        requests_4xx: 0,
        requests_5xx: 0,
        bandwidth_bytes: "5000",
        geo: { BR: 50 },
      },
    ]);
    const graphql = cloudflare.requests.find((r) => r.path === "/client/v4/graphql");
    expect(graphql?.headers.authorization).toBe(`Bearer ${TOKEN}`);
    expect(graphql?.body).toMatchObject({ variables: { zoneTag: ZONE, since: "2026-12-06", until: "2026-12-07" } });
  });

  it("leaves the same rows when run twice, and updates today's as it grows", async () => {
    const before = await usage();
    expect(await app.syncTrafficSource(orgSourceId, NOW, FAST)).toMatchObject({ outcome: "synced", rowsWritten: 0 });
    expect(await usage()).toEqual(before);
    cloudflare.setDay(ZONE, "2026-12-07", {
      requests: 4_400,
      bytes: 950_000_000,
      statuses: { 200: 4_300, 500: 100 },
      countries: { BR: 3_900, PT: 500 },
    });
    expect(await app.syncTrafficSource(orgSourceId, NOW, FAST)).toMatchObject({ outcome: "synced", rowsWritten: 1 });
    const after = await usage();
    expect(after.map((r) => r.id)).toEqual(before.map((r) => r.id));
    expect(after[1]).toMatchObject({ requests_total: 4_400, requests_2xx: 4_300 });
  });

  it("waits out a 429 (Retry-After) and a 502, then writes once", async () => {
    const before = await usage();
    cloudflare.faults.fail(
      cloudflareError(429, 10000, "Rate limited. Please wait and consider throttling your request speed", 0),
    );
    cloudflare.faults.fail(cloudflareError(502, 10000, "Bad gateway"));
    const requests = cloudflare.requests.length;
    expect(await app.syncTrafficSource(orgSourceId, NOW, FAST)).toMatchObject({ outcome: "synced", rowsWritten: 0 });
    expect(cloudflare.requests.length - requests).toBe(3);
    expect(await usage()).toEqual(before);
  });

  it("records a failure past the budget on the source, and a refused token at once", async () => {
    cloudflare.faults.fail(cloudflareError(503, 10000, "Service unavailable"), { times: Infinity });
    const run = await app.syncTrafficSource(orgSourceId, NOW, { budgetMs: 200, minDelayMs: 20 });
    expect(run).toMatchObject({ outcome: "failed" });
    expect(run.reason).toContain("503");
    const [source] = await stack.sql`select status, last_error from public.traffic_sources where id = ${orgSourceId}`;
    expect(source).toMatchObject({ status: "error" });
    cloudflare.faults.clear();

    const other = await createOrganization(stack, { slug: "other", tier: "pro", roles: ["owner"] });
    const id = randomUUID();
    const sealed = await app.sealCredential("traffic-source", other.id, id, "wrong-token");
    await stack.sql`
      insert into public.traffic_sources (id, org_id, provider, external_id, display_name, credential_sealed,
        credential_key_id, credential_hint)
      values (${id}, ${other.id}, 'cloudflare', ${"a".repeat(32)}, 'other', ${sealed.credentialSealed},
        ${sealed.credentialKeyId}, ${sealed.credentialHint})`;
    const requests = cloudflare.requests.length;
    const refused = await app.syncTrafficSource(id, NOW, FAST);
    expect(refused).toMatchObject({ outcome: "failed" });
    expect(refused.reason).toMatch(/Cloudflare 400/);
    // A refused token is not worth retrying.
    expect(cloudflare.requests.length - requests).toBe(1);
    await stack.sql`delete from public.traffic_sources where id = ${id}`;
  });

  it("runs hourly through the scheduler and says when there is nothing to read", async () => {
    const logger = { info: () => {}, warn: () => {}, error: () => {} };
    const scheduler = new app.LocalScheduler({
      functions: app.functions,
      now: () => new Date("2026-12-07T16:07:05Z"),
      logger,
    });
    scheduler.tick();
    await scheduler.idle();
    expect(scheduler.history().filter((r) => r.status !== "succeeded")).toEqual([]);
    const runs = await stack.sql`
      select job, status, detail ->> 'outcome' as outcome from public.job_runs
      where job in ('track-network-usage', 'sync-traffic-source') order by job, run_key`;
    expect(runs).toEqual([
      { job: "sync-traffic-source", status: "succeeded", outcome: "synced" },
      { job: "sync-traffic-source", status: "succeeded", outcome: "synced" },
      { job: "track-network-usage", status: "succeeded", outcome: null },
    ]);
    const [source] = await stack.sql`select status, last_error from public.traffic_sources where id = ${orgSourceId}`;
    expect(source).toEqual({ status: "active", last_error: null });

    await stack.sql`delete from public.traffic_sources`;
    const later = new app.LocalScheduler({
      functions: app.functions,
      now: () => new Date("2026-12-07T17:07:05Z"),
      logger,
    });
    later.tick();
    await later.idle();
    const [empty] = await stack.sql`
      select detail from public.job_runs where job = 'track-network-usage' and run_key = '2026-12-07T17:00:00.000Z'`;
    expect(empty!.detail).toMatchObject({ sources: 0, outcome: "skipped", reason: "no connected traffic sources" });
  });
});
