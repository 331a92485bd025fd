import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The infrastructure page: services grouped per project with the monthly total, and traffic aggregated per day
 * in Postgres over the chosen range, with totals, the peak day and the top countries.
 */
const stack = stackForThisFile();

let servicesQuery: typeof import("@/src/infrastructure/queries/get-services");
let usageQuery: typeof import("@/src/infrastructure/queries/get-network-usage");
let searchParams: typeof import("@/src/infrastructure/traffic-search-params");
let moda: OrganizationFixture;
let padaria: OrganizationFixture;
let empty: OrganizationFixture;
/** Today's date in UTC (the time zone the tests pass), minus `days`, as Postgres computes it. */
let day: (days: number) => string;

async function traffic(
  org: OrganizationFixture,
  daysAgo: number,
  values: {
    total: number;
    r2?: number;
    r3?: number;
    r4?: number;
    r5?: number;
    bytes: number;
    geo: Record<string, number>;
  },
  projectId: string | null = null,
) {
  await stack.sql`
    insert into public.network_usage (org_id, project_id, day, requests_total, requests_2xx, requests_3xx,
      requests_4xx, requests_5xx, bandwidth_bytes, geo)
    values (${org.id}, ${projectId}, (now() at time zone 'UTC')::date - ${daysAgo}::int, ${values.total},
      ${values.r2 ?? values.total}, ${values.r3 ?? 0}, ${values.r4 ?? 0}, ${values.r5 ?? 0}, ${values.bytes},
      ${stack.sql.json(values.geo)})`;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  servicesQuery = await import("@/src/infrastructure/queries/get-services");
  usageQuery = await import("@/src/infrastructure/queries/get-network-usage");
  searchParams = await import("@/src/infrastructure/traffic-search-params");
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });
  empty = await createOrganization(stack, { slug: "vazia", tier: "free", roles: ["owner"] });
  const [{ today }] = await stack.sql<[{ today: string }]>`select (now() at time zone 'UTC')::date::text as today`;
  day = (days) => new Date(Date.parse(`${today}T12:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

  const [loja] = await stack.sql<{ id: string }[]>`
    insert into public.projects (org_id, name) values (${moda.id}, 'Loja') returning id`;
  const [blog] = await stack.sql<{ id: string }[]>`
    insert into public.projects (org_id, name) values (${moda.id}, 'Blog') returning id`;
  await stack.sql`
    insert into public.infrastructure (org_id, project_id, kind, provider, plan, status, region, monthly_cost) values
      (${moda.id}, ${loja!.id}, 'database', 'Supabase', 'Pro', 'operational', 'sa-east-1', 420.50),
      (${moda.id}, ${loja!.id}, 'hosting', 'Vercel', 'Pro', 'degraded', 'gru1', 440),
      (${moda.id}, null, 'cdn', 'Cloudflare', 'Business', 'operational', 'global', 1250),
      (${moda.id}, ${blog!.id}, 'hosting', 'Hostinger', null, 'down', null, 110),
      (${moda.id}, ${blog!.id}, 'cdn', 'Bunny', null, 'maintenance', null, null),
      (${padaria.id}, null, 'hosting', 'Hostinger', 'Premium', 'down', 'sa-east', 999)`;

  // Today is not complete yet: it never counts.
  await traffic(moda, 0, { total: 1000, bytes: 1, geo: { BR: 1000 } });
  await traffic(moda, 1, { total: 100, r2: 80, r3: 10, r4: 6, r5: 4, bytes: 1000, geo: { BR: 70, US: 30 } });
  await traffic(moda, 1, { total: 50, bytes: 500, geo: { BR: 50 } }, loja!.id);
  await traffic(moda, 5, { total: 300, r2: 290, r4: 5, r5: 5, bytes: 4000, geo: { PT: 200, BR: 100 } });
  await traffic(moda, 10, { total: 10, bytes: 10, geo: { AR: 10 } });
  await traffic(moda, 31, { total: 5000, bytes: 50_000, geo: { US: 5000 } });
  await traffic(padaria, 1, { total: 999_999, r5: 999_999, r2: 0, bytes: 999_999, geo: { CN: 999_999 } });
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the services", () => {
  it("groups them per project (by name, the shared ones last) with the monthly total", async () => {
    const services = await servicesQuery.getServices(await requestDbAs(moda.users.member), moda.id);
    expect(services.groups.map((g) => [g.projectName, g.services.map((s) => `${s.kind}:${s.provider}`)])).toEqual([
      ["Blog", ["hosting:Hostinger", "cdn:Bunny"]],
      ["Loja", ["hosting:Vercel", "database:Supabase"]],
      [null, ["cdn:Cloudflare"]],
    ]);
    expect(services.groups[1]!.services[1]).toEqual({
      id: expect.any(String),
      kind: "database",
      provider: "Supabase",
      plan: "Pro",
      status: "operational",
      region: "sa-east-1",
      monthlyCost: 420.5,
      currency: "BRL",
    });
    expect(services.groups[0]!.services[1]!.monthlyCost).toBeNull();
    expect(services.totals).toEqual([{ currency: "BRL", amount: 2220.5 }]);
    // Degraded and down; maintenance is planned.
    expect(services.needsAttention).toBe(2);
  });

  it("shows nothing of another organization, and the empty values without services", async () => {
    const foreign = await servicesQuery.getServices(await requestDbAs(moda.users.owner), padaria.id);
    expect(foreign).toEqual({ groups: [], totals: [], needsAttention: 0 });
    const none = await servicesQuery.getServices(await requestDbAs(empty.users.owner), empty.id);
    expect(none).toEqual({ groups: [], totals: [], needsAttention: 0 });
  });
});

describe("the network usage", () => {
  it("sums the organization's and its projects' rows per complete day of the range", async () => {
    const usage = await usageQuery.getNetworkUsage(await requestDbAs(moda.users.member), moda.id, "UTC", 7);
    expect(usage.days).toEqual([
      {
        day: day(5),
        requests: 300,
        requests2xx: 290,
        requests3xx: 0,
        requests4xx: 5,
        requests5xx: 5,
        bandwidthBytes: 4000,
      },
      {
        day: day(1),
        requests: 150,
        requests2xx: 130,
        requests3xx: 10,
        requests4xx: 6,
        requests5xx: 4,
        bandwidthBytes: 1500,
      },
    ]);
    expect(usage.totals).toEqual({
      requests: 450,
      bandwidthBytes: 5500,
      requests4xx: 11,
      requests5xx: 9,
      errorShare: 20 / 450,
    });
    expect(usage.peak).toEqual({ day: day(5), requests: 300, bandwidthBytes: 4000 });
  });

  it("ranks the countries by requests with their share of the range's requests", async () => {
    const db = await requestDbAs(moda.users.member);
    const week = await usageQuery.getNetworkUsage(db, moda.id, "UTC", 7);
    expect(week.countries).toEqual([
      { code: "BR", requests: 220, share: 220 / 450 },
      { code: "PT", requests: 200, share: 200 / 450 },
      { code: "US", requests: 30, share: 30 / 450 },
    ]);
    expect(week.otherCountries).toBeNull();

    const topTwo = await usageQuery.getNetworkUsage(db, moda.id, "UTC", 7, 2);
    expect(topTwo.countries.map((c) => c.code)).toEqual(["BR", "PT"]);
    expect(topTwo.otherCountries).toEqual({ requests: 30, share: 30 / 450 });
  });

  it("widens with the range", async () => {
    const db = await requestDbAs(moda.users.member);
    const month = await usageQuery.getNetworkUsage(db, moda.id, "UTC", 30);
    expect(month.days.map((d) => d.day)).toEqual([day(10), day(5), day(1)]);
    expect(month.totals.requests).toBe(460);
    expect(month.countries.at(-1)).toEqual({ code: "AR", requests: 10, share: 10 / 460 });
    const quarter = await usageQuery.getNetworkUsage(db, moda.id, "UTC", 90);
    expect(quarter.totals.requests).toBe(5460);
    expect(quarter.peak).toMatchObject({ day: day(31), requests: 5000 });
    expect(quarter.countries[0]).toEqual({ code: "US", requests: 5030, share: 5030 / 5460 });
  });

  it("never counts another organization's traffic, and has the empty values without any", async () => {
    const emptyUsage = {
      days: [],
      totals: { requests: 0, bandwidthBytes: 0, requests4xx: 0, requests5xx: 0, errorShare: null },
      peak: null,
      countries: [],
      otherCountries: null,
    };
    const foreign = await usageQuery.getNetworkUsage(await requestDbAs(moda.users.owner), padaria.id, "UTC", 30);
    expect(foreign).toEqual(emptyUsage);
    const none = await usageQuery.getNetworkUsage(await requestDbAs(empty.users.owner), empty.id, "UTC", 30);
    expect(none).toEqual(emptyUsage);
    const own = await usageQuery.getNetworkUsage(await requestDbAs(padaria.users.owner), padaria.id, "UTC", 30);
    expect(own.totals).toMatchObject({ requests: 999_999, requests5xx: 999_999, errorShare: 1 });
  });
});

describe("the traffic range", () => {
  it("defaults to 30 days and accepts 7, 30 or 90", () => {
    expect(searchParams.parseTrafficSearchParams({})).toEqual({ range: 30 });
    expect(searchParams.parseTrafficSearchParams({ range: "7" })).toEqual({ range: 7 });
    expect(searchParams.parseTrafficSearchParams({ range: "90" })).toEqual({ range: 90 });
    expect(searchParams.parseTrafficSearchParams({ range: "14" })).toEqual({ range: 30 });
    expect(searchParams.parseTrafficSearchParams({ range: ["7"] })).toEqual({ range: 30 });
  });
});
