import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The workspace every client-dashboard page and action stands on: the organization from the URL, the member's
 * role, plan and effective limits, and `db` — as the user, or as the target of an active "view as".
 */
const stack = stackForThisFile();

/** Who the request's verified session belongs to (the sign-in itself is tested elsewhere). */
let signedIn: VerifiedUser;
vi.mock("@/src/auth/get-verified-user", () => ({
  getVerifiedUser: async () => signedIn,
  requireUser: async () => signedIn,
}));

let workspaces: typeof import("@/src/workspace/require-workspace");
let errors: typeof import("@/src/db/map-database-error");
let moda: OrganizationFixture;
let padaria: OrganizationFixture;
let staffId: string;

function as(userId: string, email = `${userId}@arco.test`) {
  signedIn = { id: userId, email, name: null, claims: signedInClaims(userId) } as VerifiedUser;
}

/** What `notFound()` throws: the page answers 404. */
const notFound = expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) });

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  workspaces = await import("@/src/workspace/require-workspace");
  errors = await import("@/src/db/map-database-error");
  moda = await createOrganization(stack, { slug: "moda", tier: "pro" });
  padaria = await createOrganization(stack, { slug: "padaria", tier: "free", roles: ["owner"] });
  staffId = await createConfirmedUser(stack, "ana@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'admin')`;
  await stack.sql`insert into public.projects (org_id, name) values (${padaria.id}, 'Site')`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

async function failure(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => expect.unreachable("expected a refusal"),
    (error: unknown) => error,
  );
}

describe("the workspace of /app/<slug>", () => {
  it("gives a member the organization, their role, the plan and its limits", async () => {
    as(moda.users.member);
    const workspace = await workspaces.requireWorkspace("moda");
    expect(workspace.organization).toMatchObject({ id: moda.id, slug: "moda", tier: "pro" });
    expect(workspace.role).toBe("member");
    expect(workspace.plan).toMatchObject({ key: "pro", currency: "BRL", slaFirstResponseHours: 4 });
    expect(workspace.limits).toEqual({
      projects: 10,
      domains: 10,
      team_members: 10,
      tickets_per_month: 60,
      storage_bytes: 100 * 1024 ** 3,
    });
    expect(workspace.impersonation).toBeNull();
  });

  it("applies an organization's override over its plan's limit", async () => {
    await stack.sql`
      insert into public.org_limit_overrides (org_id, limit_key, value, reason)
      values (${moda.id}, 'tickets_per_month', 90, 'negotiated')`;
    as(moda.users.owner);
    expect((await workspaces.requireWorkspace("moda")).limits.tickets_per_month).toBe(90);
  });

  it("tells owners and admins, not members, that a payment is overdue", async () => {
    await stack.sql`
      insert into public.subscriptions (org_id, stripe_subscription_id, plan_key, status, current_period_start,
        current_period_end, amount, currency, interval)
      values (${moda.id}, 'sub_workspace_overdue', 'pro', 'active', now() - interval '40 days', now() - interval '10 days',
        897, 'BRL', 'month')`;
    as(moda.users.owner);
    expect((await workspaces.requireWorkspace("moda")).paymentOverdue).toBe(false);
    await stack.sql`update public.subscriptions set status = 'past_due' where org_id = ${moda.id}`;
    expect((await workspaces.requireWorkspace("moda")).paymentOverdue).toBe(true);
    as(moda.users.admin);
    expect((await workspaces.requireWorkspace("moda")).paymentOverdue).toBe(true);
    as(moda.users.member);
    expect((await workspaces.requireWorkspace("moda")).paymentOverdue).toBe(false);
    await stack.sql`delete from public.subscriptions where org_id = ${moda.id}`;
  });

  it.each([
    ["another client's organization", "padaria"],
    ["an organization that does not exist", "nowhere"],
    ["a malformed slug", "Moda Viva!"],
  ])("answers 404 for %s, reading nothing", async (_case, slug) => {
    as(moda.users.owner);
    expect(await failure(workspaces.requireWorkspace(slug))).toEqual(notFound);
  });

  it("answers 404 to staff opening a client's URL directly: they go through view-as", async () => {
    as(staffId, "ana@agency.test");
    expect(await failure(workspaces.requireWorkspace("moda"))).toEqual(notFound);
  });

  it("refuses a write over the plan's limit with the numbers the upgrade offer shows", async () => {
    as(padaria.users.owner);
    const { db, organization } = await workspaces.requireWorkspace("padaria");
    const refused = await failure(
      db((tx) =>
        tx.execute(sql`insert into public.projects (org_id, name) values (${organization.id}, 'Second site')`),
      ),
    );
    expect(errors.mapDatabaseError(refused)).toMatchObject({
      code: "tier_limit_exceeded",
      tierLimit: { limit: "projects", value: 1, usage: 1 },
    });
  });

  describe("while a staff member views the app as a client", () => {
    let sessionId: string;
    beforeAll(async () => {
      const [session] = await stack.sql<{ id: string }[]>`
        insert into public.impersonation_sessions (staff_user_id, target_user_id, reason, read_only)
        values (${staffId}, ${moda.users.owner}, 'ticket 42: checkout question', true) returning id`;
      sessionId = session!.id;
    });

    it("the same loader reads as the target user, through the same db", async () => {
      as(staffId, "ana@agency.test");
      const workspace = await workspaces.requireWorkspace("moda");
      expect(workspace.role).toBe("owner");
      expect(workspace.impersonation).toMatchObject({ id: sessionId, targetUserId: moda.users.owner, readOnly: true });
      const [who] = await workspace.db((tx) => tx.execute<{ uid: string }>(sql`select auth.uid()::text as uid`));
      expect(who!.uid).toBe(moda.users.owner);
      // The target's other organizations stay theirs only: padaria is not the owner's, so still a 404.
      expect(await failure(workspaces.requireWorkspace("padaria"))).toEqual(notFound);
    });

    it("and the database refuses its writes as read_only_impersonation", async () => {
      as(staffId, "ana@agency.test");
      const { db, organization } = await workspaces.requireWorkspace("moda");
      const refused = await failure(
        db((tx) => tx.execute(sql`insert into public.projects (org_id, name) values (${organization.id}, 'Shadow')`)),
      );
      expect(errors.mapDatabaseError(refused).code).toBe("read_only_impersonation");
    });

    it("ends with the session: the staff member is back to 404", async () => {
      await stack.sql`update public.impersonation_sessions set ended_at = now() where id = ${sessionId}`;
      as(staffId, "ana@agency.test");
      expect(await failure(workspaces.requireWorkspace("moda"))).toEqual(notFound);
    });
  });
});
