import { createClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/src/actions/action-state";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims, TEST_PASSWORD } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The staff page against the local Auth (through supabase-js, as the app calls it) and the real database:
 * invitations, roles and removal of staff, and client accounts' password resets and bans, each refused to
 * everyone but staff admins and recorded with its reason.
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

type Action<T> = (s: ActionState<T>, f: FormData) => Promise<ActionState<T>>;
let app: {
  inviteStaff: typeof import("@/src/admin/actions/invite-staff").inviteStaff;
  changeStaffRole: typeof import("@/src/admin/actions/change-staff-role").changeStaffRole;
  removeStaff: typeof import("@/src/admin/actions/remove-staff").removeStaff;
  sendPasswordReset: typeof import("@/src/admin/actions/send-password-reset").sendPasswordReset;
  banUser: typeof import("@/src/admin/actions/set-user-banned").banUser;
  unbanUser: typeof import("@/src/admin/actions/set-user-banned").unbanUser;
  getStaffDirectory: typeof import("@/src/admin/queries/get-staff-directory").getStaffDirectory;
  getUserAdminActions: typeof import("@/src/admin/queries/get-user-admin-actions").getUserAdminActions;
};
let shop: OrganizationFixture;
let staffAdmin: string;
let developer: string;

function as(userId: string) {
  signedIn = { id: userId, email: "", name: null, claims: signedInClaims(userId) } as VerifiedUser;
}

function run<T>(action: Action<T>, fields: Record<string, string>) {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return action({ status: "idle" }, data);
}

const refusedWith = (code: string) => ({ status: "error", error: expect.objectContaining({ code }) });

async function signInError(email: string) {
  const client = createClient(stack.apiUrl, stack.anonKey, { auth: { persistSession: false } });
  const { error } = await client.auth.signInWithPassword({ email, password: TEST_PASSWORD });
  return error?.code ?? null;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  app = {
    inviteStaff: (await import("@/src/admin/actions/invite-staff")).inviteStaff,
    changeStaffRole: (await import("@/src/admin/actions/change-staff-role")).changeStaffRole,
    removeStaff: (await import("@/src/admin/actions/remove-staff")).removeStaff,
    sendPasswordReset: (await import("@/src/admin/actions/send-password-reset")).sendPasswordReset,
    banUser: (await import("@/src/admin/actions/set-user-banned")).banUser,
    unbanUser: (await import("@/src/admin/actions/set-user-banned")).unbanUser,
    getStaffDirectory: (await import("@/src/admin/queries/get-staff-directory")).getStaffDirectory,
    getUserAdminActions: (await import("@/src/admin/queries/get-user-admin-actions")).getUserAdminActions,
  };
  shop = await createOrganization(stack, { slug: "shop", tier: "pro", roles: ["owner"] });
  staffAdmin = await createConfirmedUser(stack, "ana@agency.test");
  developer = await createConfirmedUser(stack, "dev@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffAdmin}, 'admin'), (${developer}, 'developer')`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

describe("the staff list", () => {
  it("invites a staff member through Auth, with the role and the reason recorded", async () => {
    as(developer);
    expect(
      await run(app.inviteStaff, { email: "new@agency.test", role: "developer", reason: "Joins the dev team" }),
    ).toEqual(refusedWith("forbidden"));
    as(staffAdmin);
    expect(await run(app.inviteStaff, { email: "new@agency.test", role: "developer", reason: "short" })).toEqual(
      refusedWith("invalid_input"),
    );
    expect(
      await run(app.inviteStaff, { email: "New@Agency.test", role: "developer", reason: "Joins the dev team" }),
    ).toEqual({
      status: "success",
      data: { email: "new@agency.test" },
    });
    expect(stack.mailbox.list("new@agency.test")).toHaveLength(1);
    const directory = await app.getStaffDirectory(await requestDbAs(developer));
    expect(directory.map((m) => [m.email, m.role])).toContainEqual(["new@agency.test", "developer"]);
    // An address that already has an account is refused by Auth, and nothing is written.
    expect(await run(app.inviteStaff, { email: "owner@shop.test", role: "admin", reason: "Should not work" })).toEqual(
      refusedWith("email_taken"),
    );
    expect((await app.getStaffDirectory(await requestDbAs(developer))).length).toBe(3);
  });

  it("changes roles and removes staff, never one's own and never the last admin", async () => {
    as(staffAdmin);
    expect(await run(app.changeStaffRole, { userId: staffAdmin, role: "developer" })).toEqual(refusedWith("forbidden"));
    expect(await run(app.removeStaff, { userId: staffAdmin })).toEqual(refusedWith("forbidden"));
    expect(await run(app.changeStaffRole, { userId: developer, role: "admin" })).toMatchObject({ status: "success" });
    expect(await run(app.changeStaffRole, { userId: developer, role: "developer" })).toMatchObject({
      status: "success",
    });
    const [invited] = await stack.sql<{ id: string }[]>`select id from auth.users where email = 'new@agency.test'`;
    expect(await run(app.removeStaff, { userId: invited!.id })).toMatchObject({ status: "success" });
    expect(await run(app.removeStaff, { userId: invited!.id })).toEqual(refusedWith("not_found"));
    as(developer);
    expect(await run(app.removeStaff, { userId: staffAdmin })).toEqual(refusedWith("forbidden"));
    const trail = await stack.sql`
      select action from public.audit_log where table_name = 'staff' and actor_id = ${staffAdmin} order by id`;
    expect(trail.map((r) => r.action)).toEqual(["insert", "update", "update", "delete"]);
  });
});

describe("client accounts", () => {
  it("are banned and unbanned through Auth, with the reason recorded; staff accounts are not", async () => {
    as(staffAdmin);
    expect(await signInError("owner@shop.test")).toBeNull();
    expect(await run(app.banUser, { email: "owner@shop.test", reason: "Chargeback fraud" })).toMatchObject({
      status: "success",
    });
    expect(await signInError("owner@shop.test")).toBe("user_banned");
    expect(await run(app.unbanUser, { email: "owner@shop.test", reason: "Fraud claim withdrawn" })).toMatchObject({
      status: "success",
    });
    expect(await signInError("owner@shop.test")).toBeNull();
    expect(await run(app.banUser, { email: "dev@agency.test", reason: "Locking a colleague" })).toEqual(
      refusedWith("forbidden"),
    );
    expect(await run(app.banUser, { email: "nobody@shop.test", reason: "Nobody is here" })).toEqual(
      refusedWith("not_found"),
    );
  });

  it("get a password reset email, recorded; developers can do none of it", async () => {
    as(staffAdmin);
    const before = stack.mailbox.list("owner@shop.test").length;
    expect(await run(app.sendPasswordReset, { email: "owner@shop.test", reason: "Asked by phone" })).toMatchObject({
      status: "success",
    });
    expect(stack.mailbox.list("owner@shop.test")).toHaveLength(before + 1);
    as(developer);
    expect(await run(app.sendPasswordReset, { email: "owner@shop.test", reason: "Asked by phone" })).toEqual(
      refusedWith("forbidden"),
    );
    const actions = await app.getUserAdminActions(await requestDbAs(staffAdmin));
    expect(actions.map((a) => [a.action, a.targetEmail, a.reason])).toEqual([
      ["password_reset", "owner@shop.test", "Asked by phone"],
      ["unban", "owner@shop.test", "Fraud claim withdrawn"],
      ["ban", "owner@shop.test", "Chargeback fraud"],
      ["invite_staff", "new@agency.test", "Joins the dev team"],
    ]);
    expect(await app.getUserAdminActions(await requestDbAs(developer))).toEqual([]);
    expect(await app.getUserAdminActions(await requestDbAs(shop.users.owner))).toEqual([]);
  });
});
