import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * "Measure now" on the performance page, as the organization's users under row-level security: owners and
 * admins ask, members cannot; the plan's runs per 24 hours hold, also when requests race; a domain already
 * queued answers `conflict`; and the card's view (domains, latest runs, usage against the allowance).
 */
const stack = stackForThisFile();
let app: {
  requestPerformanceRun: typeof import("@/src/performance/mutations/request-performance-run").requestPerformanceRun;
  getPerformanceRuns: typeof import("@/src/performance/queries/get-performance-runs").getPerformanceRuns;
  mapDatabaseError: typeof import("@/src/db/map-database-error").mapDatabaseError;
};
let shop: OrganizationFixture;
let bakery: OrganizationFixture;
const domains: Record<string, string> = {};

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => expect.unreachable("expected a refusal"),
    (e: unknown) => e,
  );
  return app.mapDatabaseError(error);
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  app = {
    requestPerformanceRun: (await import("@/src/performance/mutations/request-performance-run")).requestPerformanceRun,
    getPerformanceRuns: (await import("@/src/performance/queries/get-performance-runs")).getPerformanceRuns,
    mapDatabaseError: (await import("@/src/db/map-database-error")).mapDatabaseError,
  };
  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  bakery = await createOrganization(stack, { slug: "bakery", tier: "free", roles: ["owner"] });
  const rows = await stack.sql<{ id: string; name: string }[]>`
    insert into public.domains (org_id, name, status) values
      (${shop.id}, 'shop.test', 'active'), (${shop.id}, 'a.shop.test', 'active'), (${shop.id}, 'b.shop.test', 'active'),
      (${shop.id}, 'c.shop.test', 'active'), (${shop.id}, 'd.shop.test', 'active'), (${shop.id}, 'old.shop.test', 'expired'),
      (${bakery.id}, 'bakery.test', 'active')
    returning id, name::text`;
  for (const row of rows) domains[row.name] = row.id;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("measure now", () => {
  it("lets an owner ask for a run, queued in their name; a second one for the same domain is a conflict", async () => {
    const owner = await requestDbAs(bakery.users.owner);
    const { runId } = await app.requestPerformanceRun(owner, bakery.id, domains["bakery.test"]!);
    const [run] =
      await stack.sql`select status, trigger, requested_by from public.performance_runs where id = ${runId}`;
    expect(run).toEqual({ status: "queued", trigger: "manual", requested_by: bakery.users.owner });
    expect((await refusal(app.requestPerformanceRun(owner, bakery.id, domains["bakery.test"]!))).code).toBe("conflict");
  });

  it("holds a free organization to one run a day, worded as 1 of 1", async () => {
    await stack.sql`update public.performance_runs set status = 'succeeded', finished_at = now() where org_id = ${bakery.id}`;
    const owner = await requestDbAs(bakery.users.owner);
    const refused = await refusal(app.requestPerformanceRun(owner, bakery.id, domains["bakery.test"]!));
    expect(refused.code).toBe("tier_limit_exceeded");
    expect(refused.tierLimit).toEqual({ limit: "performance_runs_per_day", usage: 1, value: 1 });
    expect(await app.getPerformanceRuns(owner, bakery.id)).toMatchObject({
      domains: [{ id: domains["bakery.test"], name: "bakery.test" }],
      recent: [{ domain: "bakery.test", trigger: "manual", status: "succeeded", failureReason: null }],
      used: 1,
      allowance: 1,
    });
  });

  it("refuses members, and domains of other organizations or not active", async () => {
    const member = await requestDbAs(shop.users.member);
    await stack.sql`delete from public.performance_runs where org_id = ${bakery.id}`;
    expect((await refusal(app.requestPerformanceRun(member, shop.id, domains["shop.test"]!))).code).toBe("forbidden");
    const admin = await requestDbAs(shop.users.admin);
    expect((await refusal(app.requestPerformanceRun(admin, shop.id, domains["bakery.test"]!))).code).toBe("not_found");
    expect((await refusal(app.requestPerformanceRun(admin, shop.id, domains["old.shop.test"]!))).code).toBe(
      "not_found",
    );
    expect(await stack.sql`select 1 from public.performance_runs`).toHaveLength(0);
  });

  it("counts racing requests one after the other: never more than the allowance", async () => {
    await stack.sql`update public.plans set performance_runs_per_day = 2 where key = 'pro'`;
    const [owner, admin] = await Promise.all([requestDbAs(shop.users.owner), requestDbAs(shop.users.admin)]);
    const names = ["shop.test", "a.shop.test", "b.shop.test", "c.shop.test", "d.shop.test"];
    const outcomes = await Promise.allSettled(
      names.map((name, i) => app.requestPerformanceRun(i % 2 ? admin : owner, shop.id, domains[name]!)),
    );
    expect(outcomes.filter((o) => o.status === "fulfilled")).toHaveLength(2);
    const refused = outcomes.flatMap((o) => (o.status === "rejected" ? [app.mapDatabaseError(o.reason).code] : []));
    expect(refused).toEqual(["tier_limit_exceeded", "tier_limit_exceeded", "tier_limit_exceeded"]);
    const [{ runs } = { runs: -1 }] = await stack.sql<{ runs: number }[]>`
      select count(*)::int as runs from public.performance_runs where org_id = ${shop.id}`;
    expect(runs).toBe(2);
  });
});
