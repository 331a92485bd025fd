import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/src/actions/action-state";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * Staff regenerating a client's monthly report from the client's admin page: staff only, the reopening
 * audited in the staff member's name, the PDF rendered again and replacing the stored one, and the month's
 * email not sent twice unless "send again" is ticked (then once more per request).
 */
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
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));
const sent: { name: string; data: Record<string, unknown>; id?: string }[] = [];
vi.mock("@/src/jobs/send-event", () => ({
  sendEvent: async (event: { name: string; data: Record<string, unknown>; id?: string }) => {
    sent.push(event);
    return { ids: [event.id ?? "event"] };
  },
}));

let shop: OrganizationFixture;
let staff: string;
let regenerateReport: typeof import("@/src/admin/actions/regenerate-report").regenerateReport;
let jobs: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
};
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const readyMails = () => stack.mailbox.list().filter((m) => m.subject.includes("report"));

function as(userId: string) {
  signedIn = { id: userId, email: "", name: null, claims: signedInClaims(userId) } as VerifiedUser;
}

function regenerate(fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return regenerateReport({ status: "idle" } as ActionState<never>, data);
}

/** Runs the report job for the events the action sent, as Inngest or the local scheduler would. */
async function deliver() {
  const scheduler = new jobs.LocalScheduler({ functions: jobs.functions, logger: quiet, retryDelayMs: () => 10 });
  await scheduler.send(sent.splice(0).map(({ name, data }) => ({ name, data })));
  await scheduler.idle();
  expect(scheduler.history().filter((r) => r.status !== "succeeded")).toEqual([]);
}

async function report() {
  const [row] = await stack.sql<{ status: string; object_name: string; generated_at: Date }[]>`
    select status, object_name, generated_at from public.reports where org_id = ${shop.id}`;
  return row!;
}

async function pdf(objectName: string): Promise<Buffer> {
  const supabase = createClient(stack.apiUrl, stack.serviceRoleKey, { auth: { persistSession: false } });
  const { data, error } = await supabase.storage.from("report-pdfs").download(objectName);
  if (error) throw error;
  return Buffer.from(await data.arrayBuffer());
}

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, { APP_URL: "https://arco.test", MAILBOX_URL: `${stack.apiUrl}/mailbox` });
  vi.resetModules();
  regenerateReport = (await import("@/src/admin/actions/regenerate-report")).regenerateReport;
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { generateMonthlyReports } = await import("@/inngest/functions/generate-monthly-reports");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  jobs = { LocalScheduler, functions: [generateMonthlyReports, sendQueuedEmails] };

  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  await stack.sql`update public.organizations set locale = 'en', time_zone = 'UTC' where id = ${shop.id}`;
  staff = await createConfirmedUser(stack, "dev@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staff}, 'developer')`;
  // The month's report as the 1st made it: ready, emailed once to the owner and the admin.
  sent.push({ name: "reports/month.closed", data: { orgId: shop.id, period: "2026-11" } });
  await deliver();
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("regenerate a monthly report", () => {
  it("is refused to the client's own people", async () => {
    as(shop.users.owner);
    await expect(regenerate({ org: "shop", period: "2026-11" })).rejects.toThrow();
    expect(sent).toEqual([]);
    expect((await report()).status).toBe("ready");
  });

  it("replaces the PDF, audits who asked and sends no second email for the month", async () => {
    expect(readyMails()).toHaveLength(2);
    const before = await report();
    const beforePdf = await pdf(before.object_name);
    as(staff);
    expect(await regenerate({ org: "shop", period: "2026-11" })).toMatchObject({
      status: "success",
      data: { sendAgain: false },
    });
    const [audit] = await stack.sql<{ actor_id: string; after: Record<string, unknown> }[]>`
      select actor_id, after from public.audit_log where table_name = 'reports' and action = 'update'
      order by id desc limit 1`;
    expect(audit).toEqual({ actor_id: staff, after: { status: "pending" } });

    await deliver();
    const after = await report();
    expect(after.status).toBe("ready");
    expect(after.object_name).toBe(before.object_name);
    expect(after.generated_at.getTime()).toBeGreaterThan(before.generated_at.getTime());
    const afterPdf = await pdf(after.object_name);
    expect(afterPdf.subarray(0, 5).toString()).toBe("%PDF-");
    expect(afterPdf.equals(beforePdf)).toBe(false);
    expect(readyMails()).toHaveLength(2);
  });

  it("emails the owners and admins again only when staff tick send again", async () => {
    as(staff);
    expect(await regenerate({ org: "shop", period: "2026-11", sendAgain: "on" })).toMatchObject({
      status: "success",
      data: { sendAgain: true },
    });
    await deliver();
    expect(
      readyMails()
        .map((m) => m.to)
        .sort(),
    ).toEqual([["admin@shop.test"], ["admin@shop.test"], ["owner@shop.test"], ["owner@shop.test"]]);
  });

  it("answers not found for a month without a report", async () => {
    as(staff);
    expect(await regenerate({ org: "shop", period: "2026-10" })).toMatchObject({
      status: "error",
      error: { code: "not_found" },
    });
    expect(sent).toEqual([]);
  });
});
