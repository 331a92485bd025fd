import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The billing page's query: the plan, the limits as the database enforces them (an override wins), the
 * subscription from the Stripe mirror, and the price list to compare.
 */
const stack = stackForThisFile();

let billing: typeof import("@/src/billing/queries/get-billing");
let moda: OrganizationFixture;
let padaria: OrganizationFixture;

async function subscription(
  orgId: string,
  values: { id: string; plan: string; status: string; end: string; cancelAtPeriodEnd?: boolean; amount: number },
) {
  await stack.sql`
    insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
      current_period_end, cancel_at_period_end, canceled_at, amount, currency, interval)
    values (${orgId}, ${values.id}, ${values.plan}, ${values.status},
      ${values.end}::timestamptz - interval '1 month', ${values.end}::timestamptz, ${values.cancelAtPeriodEnd ?? false},
      ${values.status === "canceled" ? values.end : null}::timestamptz, ${values.amount}, 'BRL', 'month')`;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  billing = await import("@/src/billing/queries/get-billing");
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });

  await stack.sql`
    insert into public.org_limit_overrides (org_id, limit_key, value, reason)
    values (${moda.id}, 'tickets_per_month', 80, 'Temporada de liquidações'),
      (${moda.id}, 'storage_bytes', null, 'Acervo sem limite')`;
  // An ended subscription and the live one: the live one is what the page shows.
  await subscription(moda.id, {
    id: "sub_old",
    plan: "basic",
    status: "canceled",
    end: "2030-01-10T12:00:00Z",
    amount: 297,
  });
  await subscription(moda.id, {
    id: "sub_live",
    plan: "pro",
    status: "active",
    end: "2026-08-10T12:00:00Z",
    cancelAtPeriodEnd: true,
    amount: 897,
  });
  await subscription(padaria.id, {
    id: "sub_padaria",
    plan: "basic",
    status: "canceled",
    end: "2026-02-01T12:00:00Z",
    amount: 297,
  });
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("getBilling", () => {
  it("returns the plan, the limits with the organization's overrides winning, and the subscription", async () => {
    const db = await requestDbAs(moda.users.owner);
    const result = await billing.getBilling(db, moda.id);

    expect(result.plan).toMatchObject({
      key: "pro",
      name: "Pro",
      price: 897,
      currency: "BRL",
      slaFirstResponseHours: 4,
      performanceCheckInterval: "hourly",
      features: { campaign_platforms: ["google_ads", "meta_ads"], ai_insights: "standard", white_label: false },
    });
    expect(result.limits).toEqual({
      projects: 10,
      domains: 10,
      team_members: 10,
      tickets_per_month: 80,
      storage_bytes: null,
    });
    expect(result.overridden).toEqual(["storage_bytes", "tickets_per_month"]);
    // The plan's own figures stay what the price list says.
    expect(result.plan!.limits).toMatchObject({ tickets_per_month: 60, storage_bytes: 100 * 1024 ** 3 });

    expect(result.subscription).toEqual({
      status: "active",
      planKey: "pro",
      currentPeriodStart: new Date("2026-07-10T12:00:00Z"),
      currentPeriodEnd: new Date("2026-08-10T12:00:00Z"),
      cancelAtPeriodEnd: true,
      canceledAt: null,
      amount: 897,
      currency: "BRL",
      interval: "month",
    });
  });

  it("lists the four tiers cheapest first, with their limits and an unlimited enterprise", async () => {
    const db = await requestDbAs(moda.users.admin);
    const { tiers, subscription: live } = await billing.getBilling(db, moda.id);
    expect(live?.status).toBe("active");
    expect(tiers.map((tier) => [tier.key, tier.price, tier.slaFirstResponseHours])).toEqual([
      ["free", 0, null],
      ["basic", 297, 24],
      ["pro", 897, 4],
      ["enterprise", null, 1],
    ]);
    expect(tiers[0]!.limits).toEqual({
      projects: 1,
      domains: 1,
      team_members: 1,
      tickets_per_month: 15,
      storage_bytes: 5 * 1024 ** 3,
    });
    expect(Object.values(tiers[3]!.limits)).toEqual([null, null, null, null, null]);
  });

  it("gives a member the plan and limits but not the subscription", async () => {
    const db = await requestDbAs(moda.users.member);
    const result = await billing.getBilling(db, moda.id);
    expect(result.plan?.key).toBe("pro");
    expect(result.limits.tickets_per_month).toBe(80);
    expect(result.subscription).toBeNull();
  });

  it("shows a Free organization its cancelled subscription", async () => {
    const db = await requestDbAs(padaria.users.owner);
    const result = await billing.getBilling(db, padaria.id);
    expect(result.plan).toMatchObject({ key: "free", price: 0 });
    expect(result.overridden).toEqual([]);
    expect(result.subscription).toMatchObject({ status: "canceled", planKey: "basic", canceledAt: expect.any(Date) });
  });

  it("shows nothing of another organization's billing", async () => {
    const db = await requestDbAs(padaria.users.owner);
    const result = await billing.getBilling(db, moda.id);
    expect(result.plan).toBeNull();
    expect(result.subscription).toBeNull();
    expect(result.overridden).toEqual([]);
    expect(Object.values(result.limits)).toEqual([null, null, null, null, null]);
  });
});
