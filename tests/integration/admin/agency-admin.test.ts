import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/src/actions/action-state";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The agency admin on the real database, as staff and as everyone else: the loader, the clients table, the
 * ticket queue, "view as" with every refusal, limit overrides in the audit trail, and the owners' activity.
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
vi.mock("next/cache", async (original) => ({ ...(await original<object>()), revalidatePath: vi.fn() }));

type App = {
  requireAdmin: typeof import("@/src/admin/require-admin").requireAdmin;
  requireWorkspace: typeof import("@/src/workspace/require-workspace").requireWorkspace;
  getClients: typeof import("@/src/admin/queries/get-clients").getClients;
  clientListSearchSchema: typeof import("@/src/admin/client-list-search").clientListSearchSchema;
  getTicketQueue: typeof import("@/src/admin/queries/get-ticket-queue").getTicketQueue;
  ticketQueueSearchSchema: typeof import("@/src/admin/ticket-queue-search").ticketQueueSearchSchema;
  getTicketMessages: typeof import("@/src/tickets/queries/get-ticket-messages").getTicketMessages;
  getAuditEntries: typeof import("@/src/admin/queries/get-audit-entries").getAuditEntries;
  getViewAsActivity: typeof import("@/src/settings/queries/get-view-as-activity").getViewAsActivity;
  startViewAs: typeof import("@/src/admin/actions/start-view-as").startViewAs;
  setLimitOverride: typeof import("@/src/admin/actions/set-limit-override").setLimitOverride;
  clearLimitOverride: typeof import("@/src/admin/actions/clear-limit-override").clearLimitOverride;
  replyAsStaff: typeof import("@/src/admin/actions/reply-as-staff").replyAsStaff;
  assignTickets: typeof import("@/src/admin/actions/assign-tickets").assignTickets;
  stopImpersonation: typeof import("@/src/workspace/actions/stop-impersonation").stopImpersonation;
};
let app: App;

let basic: OrganizationFixture;
let pro: OrganizationFixture;
let staffAdmin: string;
let developer: string;

function as(userId: string | null) {
  signedIn = userId
    ? ({
        id: userId,
        email: `${userId}@arco.test`,
        name: "Ana Staff",
        claims: signedInClaims(userId),
      } as VerifiedUser)
    : null;
}

type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
function run<T>(action: Action<T>, fields: Record<string, string | string[]>): Promise<ActionState<T>> {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(name, item);
  }
  return action({ status: "idle" }, data);
}

const notFound = expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });
const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });
const refusedWith = (code: string) => ({ status: "error", error: expect.objectContaining({ code }) });

/** Runs `fn`, then ends every open "view as" session whatever happened, so later tests start outside one. */
async function endSessionsAfter<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } finally {
    await stack.sql`update public.impersonation_sessions set ended_at = now() where ended_at is null`;
  }
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  app = {
    requireAdmin: (await import("@/src/admin/require-admin")).requireAdmin,
    requireWorkspace: (await import("@/src/workspace/require-workspace")).requireWorkspace,
    getClients: (await import("@/src/admin/queries/get-clients")).getClients,
    clientListSearchSchema: (await import("@/src/admin/client-list-search")).clientListSearchSchema,
    getTicketQueue: (await import("@/src/admin/queries/get-ticket-queue")).getTicketQueue,
    ticketQueueSearchSchema: (await import("@/src/admin/ticket-queue-search")).ticketQueueSearchSchema,
    getTicketMessages: (await import("@/src/tickets/queries/get-ticket-messages")).getTicketMessages,
    getAuditEntries: (await import("@/src/admin/queries/get-audit-entries")).getAuditEntries,
    getViewAsActivity: (await import("@/src/settings/queries/get-view-as-activity")).getViewAsActivity,
    startViewAs: (await import("@/src/admin/actions/start-view-as")).startViewAs,
    setLimitOverride: (await import("@/src/admin/actions/set-limit-override")).setLimitOverride,
    clearLimitOverride: (await import("@/src/admin/actions/clear-limit-override")).clearLimitOverride,
    replyAsStaff: (await import("@/src/admin/actions/reply-as-staff")).replyAsStaff,
    assignTickets: (await import("@/src/admin/actions/assign-tickets")).assignTickets,
    stopImpersonation: (await import("@/src/workspace/actions/stop-impersonation")).stopImpersonation,
  };
  basic = await createOrganization(stack, { slug: "clinica", tier: "basic" });
  pro = await createOrganization(stack, { slug: "moda", tier: "pro" });
  staffAdmin = await createConfirmedUser(stack, "ana@agency.test");
  developer = await createConfirmedUser(stack, "dev@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffAdmin}, 'admin'), (${developer}, 'developer')`;
  await stack.sql`update public.profiles set full_name = 'Ana Staff' where id = ${staffAdmin}`;
  await stack.sql`update public.profiles set full_name = 'Juliana Member' where id = ${basic.users.member}`;
  // The basic client is at 3 of 3 projects (over 80 %); the pro client uses 1 of 10.
  await stack.sql`
    insert into public.projects (org_id, name)
    values (${basic.id}, 'Site'), (${basic.id}, 'Blog'), (${basic.id}, 'Landing'), (${pro.id}, 'Store')`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the admin loader", () => {
  it("answers 404 to anyone but staff", async () => {
    for (const user of [basic.users.owner, pro.users.member]) {
      as(user);
      await expect(app.requireAdmin()).rejects.toEqual(notFound);
    }
  });

  it("gives staff their role and their own RLS-scoped db", async () => {
    as(developer);
    const admin = await app.requireAdmin();
    expect(admin).toMatchObject({ role: "developer", isStaffAdmin: false });
    const [who] = await admin.db((tx) => tx.execute<{ uid: string }>(sql`select auth.uid()::text as uid`));
    expect(who!.uid).toBe(developer);
  });
});

describe("the clients table", () => {
  it("shows staff every client with usage against each effective limit, searchable and sortable", async () => {
    const db = await requestDbAs(staffAdmin);
    const all = await app.getClients(db, app.clientListSearchSchema.parse({ sort: "usage", dir: "desc" }));
    expect(all.rows.map((row) => row.slug)).toEqual(["clinica", "moda"]);
    const clinica = all.rows[0]!;
    expect(clinica.usage.find((u) => u.key === "projects")).toEqual({ key: "projects", usage: 3, limit: 3 });
    expect(clinica.peakRatio).toBe(1);
    expect(clinica.seats).toBe(3);
    const found = await app.getClients(db, app.clientListSearchSchema.parse({ q: "mod" }));
    expect(found.rows.map((row) => row.slug)).toEqual(["moda"]);
    const byTier = await app.getClients(db, app.clientListSearchSchema.parse({ tier: "basic" }));
    expect(byTier.total).toBe(1);
  });

  it("shows a client user only their own organization, whatever they ask", async () => {
    const rows = await app.getClients(await requestDbAs(pro.users.owner), app.clientListSearchSchema.parse({}));
    expect(rows.rows.map((row) => row.slug)).toEqual(["moda"]);
  });

  it("ignores a malformed sort or page rather than failing", () => {
    expect(app.clientListSearchSchema.parse({ sort: "drop table", page: "-3", dir: ["a", "b"] })).toEqual({
      sort: "name",
      dir: "asc",
      page: 1,
    });
  });
});

describe("view as", () => {
  const start = (fields: Record<string, string>) =>
    run(app.startViewAs, { org: "clinica", targetUserId: basic.users.member, minutes: "15", ...fields });

  it("needs a reason of at least ten characters and a duration of 15, 30 or 60 minutes", async () => {
    as(developer);
    expect(await start({ reason: "short" })).toMatchObject({
      status: "error",
      error: { code: "invalid_input", fields: { reason: expect.any(String) } },
    });
    expect(await start({ reason: "Ticket 12: dashboard", minutes: "90" })).toEqual(refusedWith("invalid_input"));
  });

  it("refuses a write-enabled session to a developer, and one without its own reason to anyone", async () => {
    as(developer);
    expect(
      await start({ reason: "Ticket 12: fix the logo", writable: "on", writeReason: "The client asked us" }),
    ).toEqual(refusedWith("forbidden"));
    as(staffAdmin);
    expect(await start({ reason: "Ticket 12: fix the logo", writable: "on" })).toMatchObject({
      status: "error",
      error: { code: "invalid_input", fields: { writeReason: expect.any(String) } },
    });
  });

  it("is refused by the database for staff and for someone outside the organization", async () => {
    await stack.sql`insert into public.memberships (org_id, user_id, role, status) values (${pro.id}, ${developer}, 'member', 'accepted')`;
    as(staffAdmin);
    const startIn = (targetUserId: string, reason: string) =>
      run(app.startViewAs, { org: "moda", targetUserId, minutes: "15", reason });
    expect(await startIn(developer, "Checking a colleague")).toEqual(refusedWith("impersonation_target_staff"));
    expect(await startIn(basic.users.owner, "Wrong organization")).toEqual(refusedWith("impersonation_not_member"));
    await stack.sql`delete from public.memberships where user_id = ${developer}`;
  });

  it("starts read-only, shows the client's pages as the member, refuses writes, closes the admin, and stops", async () => {
    as(developer);
    await expect(start({ reason: "Ticket 12: dashboard empty" })).rejects.toEqual(redirectTo("/app/clinica"));
    // A second one while the first runs: the admin (and its forms) is closed until Stop, and the database
    // refuses it anyway.
    await expect(start({ reason: "Another look at it" })).rejects.toEqual(redirectTo("/app/clinica"));
    const { startViewAs: record } = await import("@/src/admin/mutations/start-view-as");
    const { mapDatabaseError } = await import("@/src/db/map-database-error");
    const second = await record(await requestDbAs(developer), {
      orgId: basic.id,
      targetUserId: basic.users.owner,
      reason: "Another look at it",
      minutes: 15,
    }).then(
      () => null,
      (error: unknown) => error,
    );
    expect(mapDatabaseError(second).code).toBe("impersonation_already_active");

    const workspace = await app.requireWorkspace("clinica");
    expect(workspace.role).toBe("member");
    expect(workspace.impersonation).toMatchObject({
      readOnly: true,
      targetUserId: basic.users.member,
      viewedOrgId: basic.id,
    });
    const before = await stack.sql`select count(*)::int as n from public.support_tickets where org_id = ${basic.id}`;
    const refused = await workspace
      .db((tx) => tx.execute(sql`insert into public.support_tickets (org_id, subject) values (${basic.id}, 'Help')`))
      .then(
        () => null,
        (error: unknown) => error,
      );
    expect(mapDatabaseError(refused).code).toBe("read_only_impersonation");
    const after = await stack.sql`select count(*)::int as n from public.support_tickets where org_id = ${basic.id}`;
    expect(after).toEqual(before);

    await expect(app.requireAdmin()).rejects.toEqual(redirectTo("/app/clinica"));

    await expect(run(app.stopImpersonation, { session: workspace.impersonation!.id })).rejects.toEqual(
      redirectTo("/admin"),
    );
    await expect(app.requireAdmin()).resolves.toMatchObject({ role: "developer" });
  });

  it("ends by itself at expiry: the next request serves nothing as the member", async () => {
    await stack.sql`
      insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, viewed_org_id, started_at, expires_at)
      values (${developer}, ${basic.users.member}, 'Expired long ago', ${basic.id}, now() - interval '2 hours',
        now() - interval '1 hour 45 minutes')`;
    as(developer);
    await expect(app.requireWorkspace("clinica")).rejects.toEqual(notFound);
    await expect(app.requireAdmin()).resolves.toMatchObject({ role: "developer" });
  });

  it("lets a staff admin write with both reasons, every write carrying both ids in the audit log", async () => {
    as(staffAdmin);
    await expect(
      start({ reason: "Ticket 13: fix the logo", writable: "on", writeReason: "The client asked us to do it" }),
    ).rejects.toEqual(redirectTo("/app/clinica"));
    const workspace = await app.requireWorkspace("clinica");
    expect(workspace.impersonation?.readOnly).toBe(false);
    await endSessionsAfter(() =>
      workspace.db((tx) =>
        tx.execute(
          sql`insert into public.support_tickets (org_id, subject) values (${basic.id}, 'New logo, as asked')`,
        ),
      ),
    );
    const [entry] = await stack.sql`
      select actor_id, impersonator_id, impersonation_session_id from public.audit_log
      where table_name = 'support_tickets' and action = 'insert' order by id desc limit 1`;
    expect(entry).toEqual({
      actor_id: basic.users.member,
      impersonator_id: staffAdmin,
      impersonation_session_id: workspace.impersonation!.id,
    });
    // Out of the ticket queue's way below.
    await stack.sql`update public.support_tickets set status = 'closed' where subject = 'New logo, as asked'`;
  });

  it("shows the client's owners their organization's sessions, and nobody else", async () => {
    const activity = await app.getViewAsActivity(await requestDbAs(basic.users.owner), basic.id);
    expect(activity.map((a) => [a.staffName, a.memberName, a.reason])).toEqual([
      ["Ana Staff", "Juliana Member", "Ticket 13: fix the logo"],
      [expect.any(String), "Juliana Member", "Ticket 12: dashboard empty"],
      [expect.any(String), "Juliana Member", "Expired long ago"],
    ]);
    expect(await app.getViewAsActivity(await requestDbAs(basic.users.member), basic.id)).toEqual([]);
    expect(await app.getViewAsActivity(await requestDbAs(basic.users.admin), basic.id)).toEqual([]);
    expect(await app.getViewAsActivity(await requestDbAs(pro.users.owner), basic.id)).toEqual([]);
    expect(await app.getViewAsActivity(await requestDbAs(pro.users.owner), pro.id)).toEqual([]);
  });

  it("appears in the audit page's view-as filter", async () => {
    const audit = await app.getAuditEntries(await requestDbAs(developer), { org: "clinica", viewAs: "1" });
    expect(audit.entries.some((e) => e.table === "impersonation_sessions" && e.action === "insert")).toBe(true);
    expect(audit.entries.some((e) => e.table === "support_tickets" && e.impersonatorName === "Ana Staff")).toBe(true);
  });
});

describe("limit overrides", () => {
  it("are for staff admins only", async () => {
    as(developer);
    expect(
      await run(app.setLimitOverride, { org: "clinica", limitKey: "projects", value: "5", reason: "Negotiated in Q4" }),
    ).toEqual(refusedWith("forbidden"));
    as(basic.users.owner);
    await expect(
      run(app.setLimitOverride, { org: "clinica", limitKey: "projects", value: "5", reason: "Negotiated in Q4" }),
    ).rejects.toEqual(notFound);
  });

  it("need a reason, and are set, changed and cleared with it in the audit trail", async () => {
    as(staffAdmin);
    expect(await run(app.setLimitOverride, { org: "clinica", limitKey: "projects", value: "5", reason: "x" })).toEqual(
      refusedWith("invalid_input"),
    );
    expect(
      await run(app.setLimitOverride, { org: "clinica", limitKey: "projects", value: "5", reason: "Negotiated in Q4" }),
    ).toEqual({ status: "success", data: { limitKey: "projects" } });
    expect((await app.requireWorkspace("clinica").catch(() => null))?.limits.projects).toBeUndefined();
    as(basic.users.owner);
    expect((await app.requireWorkspace("clinica")).limits.projects).toBe(5);
    as(staffAdmin);
    expect(
      await run(app.clearLimitOverride, { org: "clinica", limitKey: "projects", reason: "Back to the plan's value" }),
    ).toEqual({ status: "success", data: { limitKey: "projects" } });
    const trail = await stack.sql<{ action: string; actor_id: string; reason: string | null }[]>`
      select action, actor_id, coalesce(after ->> 'reason', before ->> 'reason') as reason from public.audit_log
      where table_name = 'org_limit_overrides' and org_id = ${basic.id} order by id`;
    expect(trail).toEqual([
      { action: "insert", actor_id: staffAdmin, reason: "Negotiated in Q4" },
      { action: "update", actor_id: staffAdmin, reason: "Back to the plan's value" },
      { action: "delete", actor_id: staffAdmin, reason: "Back to the plan's value" },
    ]);
    as(basic.users.owner);
    expect((await app.requireWorkspace("clinica")).limits.projects).toBe(3);
    as(staffAdmin);
    expect(
      await run(app.clearLimitOverride, { org: "clinica", limitKey: "projects", reason: "Nothing to clear" }),
    ).toEqual(refusedWith("not_found"));
  });
});

describe("the ticket queue", () => {
  let late: string;
  let fresh: string;
  beforeAll(async () => {
    // Stamped as the service would: the basic plan's 24 h, one opened 30 h ago (breached), one just now.
    const rows = await stack.sql<{ id: string }[]>`
      insert into public.support_tickets (org_id, subject, created_by, created_at)
      values (${pro.id}, 'Fresh question', ${pro.users.member}, now()),
        (${basic.id}, 'Late question', ${basic.users.member}, now() - interval '30 hours')
      returning id`;
    [fresh, late] = [rows[0]!.id, rows[1]!.id];
    await stack.sql`update public.support_tickets set created_at = now() - interval '30 hours' where id = ${late}`;
  });

  it("orders the breached ticket first and filters it", async () => {
    const db = await requestDbAs(developer);
    const queue = await app.getTicketQueue(db, developer, app.ticketQueueSearchSchema.parse({}));
    expect(queue.tickets.map((t) => t.id)).toEqual([late, fresh]);
    const breached = await app.getTicketQueue(db, developer, app.ticketQueueSearchSchema.parse({ view: "breached" }));
    expect(breached.tickets.map((t) => t.id)).toEqual([late]);
    const basicOnly = await app.getTicketQueue(db, developer, app.ticketQueueSearchSchema.parse({ tier: "basic" }));
    expect(basicOnly.tickets.map((t) => t.id)).toEqual([late]);
  });

  it("is not a client's to read", async () => {
    const queue = await app.getTicketQueue(
      await requestDbAs(pro.users.owner),
      pro.users.owner,
      app.ticketQueueSearchSchema.parse({}),
    );
    expect(queue.tickets.map((t) => t.id)).toEqual([fresh]);
  });

  it("assigns in bulk, and the mine/unassigned views follow", async () => {
    as(developer);
    expect(await run(app.assignTickets, { "ticketIds[]": [late, fresh], assigneeId: developer })).toEqual({
      status: "success",
      data: { count: 2 },
    });
    const db = await requestDbAs(developer);
    const mine = await app.getTicketQueue(db, developer, app.ticketQueueSearchSchema.parse({ view: "mine" }));
    expect(mine.total).toBe(2);
    expect(await run(app.assignTickets, { "ticketIds[]": [fresh], assigneeId: "none" })).toMatchObject({
      status: "success",
    });
    const unassigned = await app.getTicketQueue(
      db,
      developer,
      app.ticketQueueSearchSchema.parse({ view: "unassigned" }),
    );
    expect(unassigned.tickets.map((t) => t.id)).toEqual([fresh]);
  });

  it("takes internal notes the client never sees, and the first public reply sets the first response", async () => {
    as(developer);
    expect(await run(app.replyAsStaff, { ticketId: late, body: "Looking into it", internal: "on" })).toMatchObject({
      status: "success",
    });
    const [unanswered] = await stack.sql`select first_response_at from public.support_tickets where id = ${late}`;
    expect(unanswered!.first_response_at).toBeNull();
    expect(await run(app.replyAsStaff, { ticketId: late, body: "Fixed, please check" })).toMatchObject({
      status: "success",
    });
    const [answered] = await stack.sql`select first_response_at from public.support_tickets where id = ${late}`;
    expect(answered!.first_response_at).toBeInstanceOf(Date);

    const asClient = await app.getTicketMessages(await requestDbAs(basic.users.member), basic.id, late);
    expect(asClient.map((m) => m.body)).toEqual(["Fixed, please check"]);
    const asStaff = await app.getTicketMessages(await requestDbAs(developer), basic.id, late, {
      includeInternal: true,
    });
    expect(asStaff.map((m) => [m.body, m.internal])).toEqual([
      ["Looking into it", true],
      ["Fixed, please check", false],
    ]);
    // Asked for internal notes, a client still gets none: row-level security decides.
    const asking = await app.getTicketMessages(await requestDbAs(basic.users.owner), basic.id, late, {
      includeInternal: true,
    });
    expect(asking.map((m) => m.internal)).toEqual([false]);
  });

  it("refuses a client posting to the agency's actions", async () => {
    as(basic.users.owner);
    await expect(run(app.replyAsStaff, { ticketId: late, body: "Sneaky", internal: "on" })).rejects.toEqual(notFound);
    await expect(run(app.assignTickets, { "ticketIds[]": [late], assigneeId: "none" })).rejects.toEqual(notFound);
  });
});
