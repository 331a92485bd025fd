import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * Account deletion on a private stack: asked with the typed email, cancellable during the 30 days of grace, then
 * erased by the daily job: the Auth user, profile and memberships gone, authored ticket messages kept without an
 * author, the organization's billing and audit records kept. The only owner of an organization is held back.
 */
const stack = stackForThisFile();
let shop: OrganizationFixture;
let app: {
  LocalScheduler: typeof import("@/src/jobs/local-scheduler").LocalScheduler;
  functions: import("inngest").InngestFunction.Any[];
  requestAccountDeletion: typeof import("@/src/privacy/mutations/request-account-deletion").requestAccountDeletion;
  cancelAccountDeletion: typeof import("@/src/privacy/mutations/cancel-account-deletion").cancelAccountDeletion;
  eraseDueAccounts: typeof import("@/src/privacy/deletion/erase-due-accounts").eraseDueAccounts;
  emailsQueued: typeof import("@/inngest/client").emailsQueued;
};
const quiet = { info: () => {}, warn: () => {}, error: () => {} };
const DAY = 86_400_000;
const deletionMails = () => stack.mailbox.list().filter((m) => m.tags.some((t) => t.includes("account-deletion")));

beforeAll(async () => {
  pointAppAt(stack);
  Object.assign(process.env, { APP_URL: "https://arco.test", MAILBOX_URL: `${stack.apiUrl}/mailbox` });
  vi.resetModules();
  const { LocalScheduler } = await import("@/src/jobs/local-scheduler");
  const { eraseDeletedAccounts } = await import("@/inngest/functions/erase-deleted-accounts");
  const { sendQueuedEmails } = await import("@/inngest/functions/send-queued-emails");
  app = {
    LocalScheduler,
    functions: [eraseDeletedAccounts, sendQueuedEmails],
    requestAccountDeletion: (await import("@/src/privacy/mutations/request-account-deletion")).requestAccountDeletion,
    cancelAccountDeletion: (await import("@/src/privacy/mutations/cancel-account-deletion")).cancelAccountDeletion,
    eraseDueAccounts: (await import("@/src/privacy/deletion/erase-due-accounts")).eraseDueAccounts,
    emailsQueued: (await import("@/inngest/client")).emailsQueued,
  };
  shop = await createOrganization(stack, { slug: "shop", tier: "pro" });
  const [ticket] = await stack.sql<{ id: string }[]>`
    insert into public.support_tickets (org_id, subject, created_by) values (${shop.id}, 'Checkout broken', ${shop.users.member})
    returning id`;
  await stack.sql`
    insert into public.ticket_messages (ticket_id, org_id, author_id, body)
    values (${ticket!.id}, ${shop.id}, ${shop.users.member}, 'The checkout fails on Pix')`;
  await stack.sql`
    insert into public.billing_customers (org_id, stripe_customer_id, email) values (${shop.id}, 'cus_shop', 'billing@shop.test')`;
  await stack.sql`
    insert into public.audit_log (actor_id, org_id, action, table_name, row_id)
    values (${shop.users.member}, ${shop.id}, 'insert', 'support_tickets', ${ticket!.id})`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("account deletion", () => {
  it("needs the account's email typed, and sends the confirmation with the way to cancel", async () => {
    const db = await requestDbAs(shop.users.member);
    await expect(app.requestAccountDeletion(db, "someone@else.test")).rejects.toMatchObject({
      cause: expect.objectContaining({ code: "23514" }),
    });
    const eraseAfter = await app.requestAccountDeletion(db, "Member@Shop.test");
    expect((eraseAfter.getTime() - Date.now()) / DAY).toBeGreaterThan(29.9);
    const scheduler = new app.LocalScheduler({ functions: app.functions, logger: quiet });
    await scheduler.send([app.emailsQueued.create({ count: 1 })]);
    await scheduler.idle();
    const mails = deletionMails();
    expect(mails).toHaveLength(1);
    expect(mails[0]!.to).toEqual(["member@shop.test"]);
    expect(mails[0]!.html).toContain("https://arco.test/account/privacy");
  });

  it("is cancelled within the grace period, and the job then erases nothing", async () => {
    expect(await app.cancelAccountDeletion(await requestDbAs(shop.users.member))).toBe(true);
    expect(await app.eraseDueAccounts(new Date(Date.now() + 31 * DAY))).toEqual({ erased: [], blocked: [] });
    const [user] = await stack.sql`select id from auth.users where id = ${shop.users.member}`;
    expect(user).toBeDefined();
  });

  it("holds the only owner of an organization back", async () => {
    await expect(
      app.requestAccountDeletion(await requestDbAs(shop.users.owner), "owner@shop.test"),
    ).rejects.toMatchObject({ cause: expect.objectContaining({ message: "sole_owner" }) });
  });

  it("erases the account after 30 days, keeping what the organization must keep, without the person", async () => {
    await app.requestAccountDeletion(await requestDbAs(shop.users.member), "member@shop.test");
    expect(await app.eraseDueAccounts(new Date(Date.now() + 29 * DAY))).toEqual({ erased: [], blocked: [] });

    const scheduler = new app.LocalScheduler({
      functions: app.functions,
      logger: quiet,
      now: () => new Date(Date.now() + 31 * DAY),
    });
    const run = await scheduler.invoke("erase-deleted-accounts");
    expect(run.status).toBe("succeeded");
    expect(run.output).toEqual({ erased: 1, blocked: 0 });

    const id = shop.users.member;
    expect(await stack.sql`select 1 from auth.users where id = ${id}`).toHaveLength(0);
    expect(await stack.sql`select 1 from public.profiles where id = ${id}`).toHaveLength(0);
    expect(await stack.sql`select 1 from public.memberships where user_id = ${id}`).toHaveLength(0);
    expect(await stack.sql`select author_id, body from public.ticket_messages where org_id = ${shop.id}`).toEqual([
      { author_id: null, body: "The checkout fails on Pix" },
    ]);
    expect(await stack.sql`select created_by from public.support_tickets where org_id = ${shop.id}`).toEqual([
      { created_by: null },
    ]);
    expect(await stack.sql`select stripe_customer_id from public.billing_customers where org_id = ${shop.id}`).toEqual([
      { stripe_customer_id: "cus_shop" },
    ]);
    expect(await stack.sql`select 1 from public.audit_log where actor_id = ${id}`).toHaveLength(1);
    const [record] = await stack.sql<{ erased: boolean }[]>`
      select erased_at is not null as erased from public.account_deletions where user_id = ${id}`;
    expect(record).toEqual({ erased: true });

    // Again: nothing more to do.
    expect(await app.eraseDueAccounts(new Date(Date.now() + 32 * DAY))).toEqual({ erased: [], blocked: [] });
  });
});
