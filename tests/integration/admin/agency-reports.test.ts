import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/src/actions/action-state";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/** The agency's reports on the real database: leads and their CSV, revenue from the Stripe mirror, job runs. */
const stack = stackForThisFile();

let signedIn: VerifiedUser | null = null;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => {
    if (!signedIn) throw new Error("signed out");
    return signedIn;
  },
}));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {}, delete: () => {} }),
  headers: async () => new Headers({ "accept-language": "en" }),
}));
const sendEvent = vi.fn(async () => ({ ids: ["event-1"] }));
vi.mock("@/src/jobs/send-event", () => ({ sendEvent }));

let app: {
  getLeads: typeof import("@/src/admin/queries/get-leads").getLeads;
  leadsCsv: typeof import("@/src/admin/leads-csv").leadsCsv;
  getRevenue: typeof import("@/src/admin/queries/get-revenue").getRevenue;
  getAdminOverview: typeof import("@/src/admin/queries/get-admin-overview").getAdminOverview;
  getJobRuns: typeof import("@/src/admin/queries/get-job-runs").getJobRuns;
  runJobNow: typeof import("@/src/admin/actions/run-job-now").runJobNow;
};
let shop: OrganizationFixture;
let staffAdmin: string;
let developer: string;

function as(userId: string) {
  signedIn = { id: userId, email: "", name: null, claims: signedInClaims(userId) } as VerifiedUser;
}

function run<T>(action: (s: ActionState<T>, f: FormData) => Promise<ActionState<T>>, fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return action({ status: "idle" }, data);
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  app = {
    getLeads: (await import("@/src/admin/queries/get-leads")).getLeads,
    leadsCsv: (await import("@/src/admin/leads-csv")).leadsCsv,
    getRevenue: (await import("@/src/admin/queries/get-revenue")).getRevenue,
    getAdminOverview: (await import("@/src/admin/queries/get-admin-overview")).getAdminOverview,
    getJobRuns: (await import("@/src/admin/queries/get-job-runs")).getJobRuns,
    runJobNow: (await import("@/src/admin/actions/run-job-now")).runJobNow,
  };
  shop = await createOrganization(stack, { slug: "shop", tier: "pro", roles: ["owner"] });
  staffAdmin = await createConfirmedUser(stack, "ana@agency.test");
  developer = await createConfirmedUser(stack, "dev@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffAdmin}, 'admin'), (${developer}, 'developer')`;
  await stack.sql`
    insert into public.leads (email, company, source, first_url, utm, consent_at, consent_text_version, status,
      unsubscribe_token_hash, converted_org_id)
    values
      ('=cmd@evil.test', 'Evil, Inc.', 'analyzer', 'https://evil.test', '{"utm_source":"ads"}', now(), 'v2', 'nurturing',
        'secret-hash', null),
      ('quiet@shop.test', 'Shop', 'analyzer', 'https://shop.test', '{}', null, null, 'new', null, ${shop.id})`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("leads", () => {
  it("are the agency's to read, filterable by consent", async () => {
    const staff = await requestDbAs(developer);
    expect((await app.getLeads(staff, {})).total).toBe(2);
    const consented = await app.getLeads(staff, { consent: "yes" });
    expect(consented.leads.map((l) => l.email)).toEqual(["=cmd@evil.test"]);
    const converted = await app.getLeads(staff, { q: "quiet" });
    expect(converted.leads[0]).toMatchObject({ convertedOrgSlug: "shop", consentAt: null });
    expect((await app.getLeads(await requestDbAs(shop.users.owner), {})).total).toBe(0);
  });

  it("export only consented leads, without internal fields, with formulas escaped", async () => {
    const { leads } = await app.getLeads(await requestDbAs(developer), {}, null);
    const csv = app.leadsCsv(leads);
    const lines = csv.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain("email,name,company,url");
    expect(lines[1]).toMatch(/^'=cmd@evil\.test,,"Evil, Inc\.",https:\/\/evil\.test,/);
    expect(csv).not.toContain("quiet@shop.test");
    expect(csv).not.toContain("secret-hash");
  });
});

describe("revenue", () => {
  beforeAll(async () => {
    await stack.sql`
      insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
        current_period_end, amount, currency, interval, created_at)
      values (${shop.id}, 'sub_shop', 'pro', 'active', now(), now() + interval '1 month', 897, 'BRL', 'month',
        now() - interval '2 months')`;
    await stack.sql`update public.subscriptions set amount = 1200 where stripe_subscription_id = 'sub_shop'`;
    await stack.sql`insert into public.billing_customers (org_id, stripe_customer_id) values (${shop.id}, 'cus_shop')`;
    await stack.sql`
      insert into public.stripe_events (id, type, payload)
      values ('evt_failed_1', 'invoice.payment_failed',
        '{"data": {"object": {"customer": "cus_shop", "amount_due": 120000}}}')`;
  });

  it("gives MRR by month and plan, its movements, subscriptions by status and failed payments", async () => {
    const revenue = await app.getRevenue(await requestDbAs(developer));
    expect(revenue.months).toHaveLength(12);
    const now = revenue.months.at(-1)!;
    expect(now.byTier).toEqual({ pro: 1200 });
    expect(now.expansion).toBe(303);
    expect(revenue.months.at(-3)!.newMrr).toBe(897);
    expect(revenue.byStatus).toEqual([{ status: "active", count: 1 }]);
    expect(revenue.failedPayments).toEqual([
      expect.objectContaining({ orgSlug: "shop", amount: 1200, eventId: "evt_failed_1" }),
    ]);
  });

  it("gives churn and net revenue retention over 30 and 90 days, from the MRR live when each period began", async () => {
    // A Basic client since four months ago, who canceled ten days ago.
    const gone = await createOrganization(stack, { slug: "gone", tier: "free", roles: ["owner"] });
    await stack.sql`
      insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
        current_period_end, amount, currency, interval, created_at, canceled_at)
      values (${gone.id}, 'sub_gone', 'basic', 'canceled', now() - interval '40 days', now() - interval '10 days', 297,
        'BRL', 'month', now() - interval '120 days', now() - interval '10 days')`;
    const { retention } = await app.getAdminOverview(await requestDbAs(developer));
    // 30 days: the shop (897 then, 1,200 since its upgrade) and the Basic client (297, lost).
    expect(retention).toEqual([
      { days: 30, clients: 2, churnedClients: 1, startingMrr: 1194, churnedMrr: 297, retainedMrr: 1200 },
      // 90 days: the shop had not started; the Basic client is all there was, and it left.
      { days: 90, clients: 1, churnedClients: 1, startingMrr: 297, churnedMrr: 297, retainedMrr: 0 },
    ]);
  });

  it("shows a client nothing of the agency's revenue", async () => {
    const revenue = await app.getRevenue(await requestDbAs(shop.users.owner));
    expect(revenue.failedPayments).toEqual([]);
    expect(revenue.byStatus).toEqual([{ status: "active", count: 1 }]);
  });
});

describe("jobs", () => {
  it("lists each job's runs with the error of a failure", async () => {
    await stack.sql`
      insert into public.job_runs (job, status, run_key, detail, started_at, finished_at)
      values ('daily-heartbeat', 'succeeded', 'a', '{}', now() - interval '2 days', now() - interval '2 days' + interval '1 second'),
        ('campaign-sync', 'failed', 'b', '{"error": "rate limit"}', now() - interval '1 day', now() - interval '1 day')`;
    const jobs = await app.getJobRuns(await requestDbAs(developer));
    expect(jobs.map((j) => [j.job, j.failures30d, j.runs[0]!.error, j.runs[0]!.durationMs])).toEqual([
      ["campaign-sync", 1, "rate limit", 0],
      ["daily-heartbeat", 0, null, 1000],
    ]);
    expect(await app.getJobRuns(await requestDbAs(shop.users.owner))).toEqual([]);
  });

  it("runs a job now for staff admins only, each by an event that triggers it alone", async () => {
    as(developer);
    expect(await run(app.runJobNow, { job: "daily-heartbeat" })).toMatchObject({
      status: "error",
      error: { code: "forbidden" },
    });
    as(staffAdmin);
    // A function that runs for one record (an analysis) is not offered.
    expect(await run(app.runJobNow, { job: "analyze-url" })).toMatchObject({
      status: "error",
      error: { code: "invalid_input" },
    });
    expect(sendEvent).not.toHaveBeenCalled();
    expect(await run(app.runJobNow, { job: "daily-heartbeat" })).toEqual({
      status: "success",
      data: { job: "daily-heartbeat", eventId: "event-1" },
    });
    expect(sendEvent).toHaveBeenCalledWith(expect.objectContaining({ name: "app/heartbeat.requested" }));
    // A scheduled one, by its own run request.
    expect(await run(app.runJobNow, { job: "check-ticket-sla" })).toMatchObject({ status: "success" });
    expect(sendEvent).toHaveBeenLastCalledWith(
      expect.objectContaining({ name: "jobs/run-requested.check-ticket-sla" }),
    );
  });
});
