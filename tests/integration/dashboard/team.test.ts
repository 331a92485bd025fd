import postgres from "postgres";
import { drizzle } from "drizzle-orm/postgres-js";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionState } from "@/src/actions/action-state";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import type { RequestDb } from "@/src/workspace/request-db";
import { en } from "@/src/i18n/en";
import { startPostgres15Cluster, type Postgres15Cluster } from "@/supabase/local/postgres15-cluster";
import { pointAppAt } from "@/tests/support/app-env";
import { stackForThisFile } from "@/tests/support/stack";
import { createConfirmedUser, signedInClaims } from "@/tests/support/users";
import { createOrganization, requestDbAs, type OrganizationFixture } from "@/tests/support/workspace-fixtures";

/**
 * The team page and the invitation page: every query and action, run as the organization's owner, admin and
 * member, a stranger and staff, under row-level security. What each may do, what the database refuses (with
 * the message the form shows), that nothing changes on a refusal, the seat limit (pending invitations hold
 * seats; two invitations racing for the last seat: one wins), resend as revoke-and-reissue, transfer of
 * ownership, leaving, and the last owner.
 */
const stack = stackForThisFile();

/** Who the request's verified session belongs to (the sign-in itself is tested elsewhere). */
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
const sendEvent = vi.fn(async () => ({ ids: ["event"] }));
vi.mock("@/src/jobs/send-event", () => ({ sendEvent }));

type App = {
  getTeamMembers: typeof import("@/src/team/queries/get-team-members").getTeamMembers;
  getPendingInvitations: typeof import("@/src/team/queries/get-pending-invitations").getPendingInvitations;
  getInvitationPreview: typeof import("@/src/team/queries/get-invitation-preview").getInvitationPreview;
  createInvitation: typeof import("@/src/team/mutations/create-invitation").createInvitation;
  inviteMember: typeof import("@/src/team/actions/invite-member").inviteMember;
  resendInvitation: typeof import("@/src/team/actions/resend-invitation").resendInvitation;
  revokeInvitation: typeof import("@/src/team/actions/revoke-invitation").revokeInvitation;
  changeMemberRole: typeof import("@/src/team/actions/change-member-role").changeMemberRole;
  removeMember: typeof import("@/src/team/actions/remove-member").removeMember;
  transferOwnership: typeof import("@/src/team/actions/transfer-ownership").transferOwnership;
  leaveOrganization: typeof import("@/src/team/actions/leave-organization").leaveOrganization;
  acceptInvitation: typeof import("@/src/team/actions/accept-invitation").acceptInvitation;
  declineInvitation: typeof import("@/src/team/actions/decline-invitation").declineInvitation;
  invitationTokenFor: typeof import("@/src/team/invitation-token").invitationTokenFor;
  hashInvitationToken: typeof import("@/src/team/invitation-token").hashInvitationToken;
  composeOutboxEmail: typeof import("@/src/email/outbox/compose-outbox-email").composeOutboxEmail;
  withAnon: typeof import("@/src/db/with-user").withAnon;
};
let app: App;

let moda: OrganizationFixture;
let globex: OrganizationFixture;
let staffId: string;
/** Invited to moda as an admin in "the invitation email and page". */
let guestId: string;

function as(userId: string | null) {
  signedIn = userId ? ({ id: userId, email: "", name: null, claims: signedInClaims(userId) } as VerifiedUser) : null;
}

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

const idle = { status: "idle" } as const;
type Action<T> = (state: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
function run<T>(action: Action<T>, fields: Record<string, string>): Promise<ActionState<T>> {
  return action(idle, form(fields));
}

/** What `redirect(path)` throws: the action ends by navigating there. */
const redirectTo = (path: string) => expect.objectContaining({ digest: expect.stringContaining(`;${path};`) });

async function invitationsOf(orgId: string) {
  return stack.sql<{ id: string; email: string; role: string; accepted: boolean; token_hash: string }[]>`
    select id, email::text as email, role, accepted_at is not null as accepted, token_hash
    from public.invitations where org_id = ${orgId} order by created_at, email`;
}

async function rolesOf(orgId: string) {
  const rows = await stack.sql<{ email: string; role: string }[]>`
    select u.email, m.role from public.memberships m join auth.users u on u.id = m.user_id
    where m.org_id = ${orgId} order by u.email`;
  return Object.fromEntries(rows.map((row) => [row.email, row.role]));
}

/** An organization on `tier` with the given roles, named people (`<role>@<slug>.test`). */
async function organization(slug: string, tier: string, roles?: Array<"owner" | "admin" | "member">) {
  const org = await createOrganization(stack, { slug, tier, roles });
  for (const [role, id] of Object.entries(org.users)) {
    await stack.sql`update public.profiles set full_name = ${`${role[0]!.toUpperCase()}${role.slice(1)} of ${slug}`} where id = ${id}`;
  }
  return org;
}

beforeAll(async () => {
  pointAppAt(stack);
  vi.resetModules();
  app = {
    ...(await import("@/src/team/queries/get-team-members")),
    ...(await import("@/src/team/queries/get-pending-invitations")),
    ...(await import("@/src/team/queries/get-invitation-preview")),
    ...(await import("@/src/team/mutations/create-invitation")),
    ...(await import("@/src/team/actions/invite-member")),
    ...(await import("@/src/team/actions/resend-invitation")),
    ...(await import("@/src/team/actions/revoke-invitation")),
    ...(await import("@/src/team/actions/change-member-role")),
    ...(await import("@/src/team/actions/remove-member")),
    ...(await import("@/src/team/actions/transfer-ownership")),
    ...(await import("@/src/team/actions/leave-organization")),
    ...(await import("@/src/team/actions/accept-invitation")),
    ...(await import("@/src/team/actions/decline-invitation")),
    ...(await import("@/src/team/invitation-token")),
    ...(await import("@/src/email/outbox/compose-outbox-email")),
    withAnon: (await import("@/src/db/with-user")).withAnon,
  } as App;

  moda = await organization("moda", "pro");
  globex = await organization("globex", "pro", ["owner"]);
  staffId = await createConfirmedUser(stack, "ana@agency.test");
  await stack.sql`insert into public.staff (user_id, role) values (${staffId}, 'developer')`;
});

afterAll(async () => {
  const { connection } = await import("@/src/db/connection");
  await connection().end({ timeout: 1 });
});

beforeEach(() => {
  sendEvent.mockClear();
  as(null);
});

describe("the team page's members", () => {
  it("lists owners, admins, then members, with name, address, role and when they joined", async () => {
    const members = await app.getTeamMembers(await requestDbAs(moda.users.member), moda.id);
    expect(members).toEqual([
      {
        userId: moda.users.owner,
        name: "Owner of moda",
        email: "owner@moda.test",
        role: "owner",
        joinedAt: expect.any(Date),
      },
      {
        userId: moda.users.admin,
        name: "Admin of moda",
        email: "admin@moda.test",
        role: "admin",
        joinedAt: expect.any(Date),
      },
      {
        userId: moda.users.member,
        name: "Member of moda",
        email: "member@moda.test",
        role: "member",
        joinedAt: expect.any(Date),
      },
    ]);
  });

  it("shows another organization nothing, even when asked for its id, and staff everything", async () => {
    expect(await app.getTeamMembers(await requestDbAs(globex.users.owner), moda.id)).toEqual([]);
    const seen = await app.getTeamMembers(await requestDbAs(staffId), moda.id);
    expect(seen.map((m) => m.email)).toEqual(["owner@moda.test", "admin@moda.test", "member@moda.test"]);
  });

  it("shows invitations to owners and admins only", async () => {
    await stack.sql`
      insert into public.invitations (org_id, email, token_hash, invited_by)
      values (${moda.id}, 'seen@example.com', ${"a".repeat(64)}, ${moda.users.owner})`;
    const forAdmin = await app.getPendingInvitations(await requestDbAs(moda.users.admin), moda.id);
    expect(forAdmin).toEqual([
      {
        id: expect.any(String),
        email: "seen@example.com",
        role: "member",
        invitedBy: "Owner of moda",
        sentAt: expect.any(Date),
        expiresAt: expect.any(Date),
        expired: false,
      },
    ]);
    expect(await app.getPendingInvitations(await requestDbAs(moda.users.member), moda.id)).toEqual([]);
    expect(await app.getPendingInvitations(await requestDbAs(globex.users.owner), moda.id)).toEqual([]);
    await stack.sql`delete from public.invitations where email = 'seen@example.com'`;
  });
});

describe("inviting by email", () => {
  it("lets an owner invite an admin: the invitation is stored by its token's hash and its email queued", async () => {
    as(moda.users.owner);
    const result = await run(app.inviteMember, { org: "moda", email: " New.Admin@Example.com ", role: "admin" });
    expect(result).toEqual({ status: "success", data: { email: "new.admin@example.com" } });
    const [invitation] = (await invitationsOf(moda.id)).filter((i) => i.email === "new.admin@example.com");
    expect(invitation).toMatchObject({ role: "admin", accepted: false });
    expect(invitation!.token_hash).toBe(app.hashInvitationToken(app.invitationTokenFor(invitation!.id)));
    const outbox = await stack.sql`
      select to_email, template, locale, status, idempotency_key from public.email_outbox where to_email = 'new.admin@example.com'`;
    expect(outbox).toEqual([
      {
        to_email: "new.admin@example.com",
        template: "invitation",
        locale: "pt-BR",
        status: "queued",
        idempotency_key: `invitation:${invitation!.id}`,
      },
    ]);
    expect(sendEvent).toHaveBeenCalledOnce();
  });

  it("lets an admin invite a member", async () => {
    as(moda.users.admin);
    expect(await run(app.inviteMember, { org: "moda", email: "dev@example.com", role: "member" })).toMatchObject({
      status: "success",
    });
  });

  it("refuses bad input with a translated message and changes nothing", async () => {
    const before = await invitationsOf(moda.id);
    const outboxBefore = await stack.sql`select count(*)::int as n from public.email_outbox`;

    as(moda.users.admin);
    expect(await run(app.inviteMember, { org: "moda", email: "not-an-address", role: "member" })).toMatchObject({
      status: "error",
      error: { code: "invalid_input", fields: { email: en.validation.email_invalid } },
    });
    expect(await run(app.inviteMember, { org: "moda", email: "", role: "member" })).toMatchObject({
      error: { code: "invalid_input", fields: { email: en.validation.email_required } },
    });
    expect(await run(app.inviteMember, { org: "moda", email: "x@example.com", role: "owner" })).toMatchObject({
      error: { code: "invalid_input", fields: { role: expect.any(String) } },
    });
    // A role above the inviter's own: admins invite members only.
    expect(await run(app.inviteMember, { org: "moda", email: "boss@example.com", role: "admin" })).toEqual({
      status: "error",
      error: { code: "owner_only", message: en.errors.owner_only, values: expect.any(Object) },
    });
    // Someone already in the team, whatever the case of the address.
    expect(await run(app.inviteMember, { org: "moda", email: "MEMBER@moda.test", role: "member" })).toMatchObject({
      error: { code: "already_member", message: en.errors.already_member },
    });
    // An address with an open invitation: resend it instead.
    expect(await run(app.inviteMember, { org: "moda", email: "dev@example.com", role: "member" })).toMatchObject({
      error: { code: "already_invited", message: en.errors.already_invited },
    });

    as(moda.users.member);
    expect(await run(app.inviteMember, { org: "moda", email: "friend@example.com", role: "member" })).toMatchObject({
      error: { code: "forbidden", message: en.errors.forbidden },
    });
    as(globex.users.owner);
    await expect(run(app.inviteMember, { org: "moda", email: "friend@example.com", role: "member" })).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) }),
    );

    expect(await invitationsOf(moda.id)).toEqual(before);
    expect(await stack.sql`select count(*)::int as n from public.email_outbox`).toEqual(outboxBefore);
    expect(sendEvent).not.toHaveBeenCalled();
  });

  it("replaces a lapsed invitation to the same address (it held no seat)", async () => {
    await stack.sql`
      insert into public.invitations (org_id, email, token_hash, invited_by, expires_at, created_at)
      values (${moda.id}, 'late@example.com', ${"b".repeat(64)}, ${moda.users.owner}, now() - interval '1 day', now() - interval '8 days')`;
    as(moda.users.admin);
    expect(await run(app.inviteMember, { org: "moda", email: "late@example.com", role: "member" })).toMatchObject({
      status: "success",
    });
    const late = (await invitationsOf(moda.id)).filter((i) => i.email === "late@example.com");
    expect(late).toHaveLength(1);
    expect(late[0]!.token_hash).not.toBe("b".repeat(64));
  });
});

describe("the seat limit", () => {
  it("counts pending invitations, refuses past the limit with the numbers, and never lets two take the last seat", async () => {
    // basic: 3 seats. The owner holds one, a pending invitation another: one seat is left.
    const clinic = await organization("clinica", "basic", ["owner"]);
    as(clinic.users.owner);
    expect(await run(app.inviteMember, { org: "clinica", email: "first@example.com", role: "member" })).toMatchObject({
      status: "success",
    });

    const race = await Promise.all(
      ["second@example.com", "third@example.com"].map((email) =>
        run(app.inviteMember, { org: "clinica", email, role: "member" }),
      ),
    );
    expect(race.filter((r) => r.status === "success")).toHaveLength(1);
    expect(race.find((r) => r.status === "error")).toMatchObject({
      error: {
        code: "tier_limit_exceeded",
        message: en.errors.tier_limit_exceeded,
        tierLimit: { limit: "team_members", value: 3, usage: 3 },
      },
    });
    expect((await invitationsOf(clinic.id)).map((i) => i.email).sort()).toHaveLength(2);

    // Resending at the limit keeps the seat the invitation held; revoking one frees a seat.
    const [first] = (await invitationsOf(clinic.id)).filter((i) => i.email === "first@example.com");
    expect(await run(app.resendInvitation, { org: "clinica", id: first!.id })).toMatchObject({ status: "success" });
    const afterResend = (await invitationsOf(clinic.id)).find((i) => i.email === "first@example.com")!;
    expect(await run(app.revokeInvitation, { org: "clinica", id: afterResend.id })).toEqual({
      status: "success",
      data: { email: "first@example.com" },
    });
    expect(await run(app.inviteMember, { org: "clinica", email: "fourth@example.com", role: "member" })).toMatchObject({
      status: "success",
    });
  });

  it("refuses accepting an invitation once the seat is gone (a downgrade), and keeps the invitation", async () => {
    const shop = await organization("loja", "pro", ["owner", "admin"]);
    const invitee = await createConfirmedUser(stack, "joiner@example.com");
    as(shop.users.owner);
    await run(app.inviteMember, { org: "loja", email: "joiner@example.com", role: "member" });
    const [invitation] = await invitationsOf(shop.id);
    await stack.sql`
      insert into public.org_limit_overrides (org_id, limit_key, value, reason) values (${shop.id}, 'team_members', 2, 'test')`;
    as(invitee);
    expect(await run(app.acceptInvitation, { token: app.invitationTokenFor(invitation!.id) })).toMatchObject({
      status: "error",
      error: { code: "tier_limit_exceeded", tierLimit: { limit: "team_members", value: 2 } },
    });
    expect(await invitationsOf(shop.id)).toEqual([invitation]);
    expect(Object.keys(await rolesOf(shop.id))).toEqual(["admin@loja.test", "owner@loja.test"]);
  });
});

describe("resending and revoking invitations", () => {
  it("resends as a new invitation with a new token and expiry, in one step; the old link stops working", async () => {
    as(moda.users.admin);
    const [old] = (await invitationsOf(moda.id)).filter((i) => i.email === "dev@example.com");
    const oldToken = app.invitationTokenFor(old!.id);
    await stack.sql`update public.invitations set expires_at = now() + interval '1 day' where id = ${old!.id}`;

    expect(await run(app.resendInvitation, { org: "moda", id: old!.id })).toEqual({
      status: "success",
      data: { email: "dev@example.com" },
    });
    const [fresh] = (await invitationsOf(moda.id)).filter((i) => i.email === "dev@example.com");
    expect(fresh!.id).not.toBe(old!.id);
    expect(await app.getInvitationPreview(app.withAnon, oldToken)).toBeNull();
    const preview = await app.getInvitationPreview(app.withAnon, app.invitationTokenFor(fresh!.id));
    expect(preview).toMatchObject({ email: "dev@example.com", state: "pending" });
    expect(preview!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 6.9 * 86_400_000);
    const emails = await stack.sql`
      select idempotency_key from public.email_outbox where to_email = 'dev@example.com' order by created_at`;
    expect(emails.map((e) => e.idempotency_key)).toEqual([`invitation:${old!.id}`, `invitation:${fresh!.id}`]);
    expect(sendEvent).toHaveBeenCalledOnce();
  });

  it("lets only owners resend or revoke an admin invitation; members and strangers touch none", async () => {
    const before = await invitationsOf(moda.id);
    const admin = before.find((i) => i.email === "new.admin@example.com")!;
    const member = before.find((i) => i.email === "dev@example.com")!;

    as(moda.users.admin);
    expect(await run(app.resendInvitation, { org: "moda", id: admin.id })).toMatchObject({
      error: { code: "owner_only", message: en.errors.owner_only },
    });
    expect(await run(app.revokeInvitation, { org: "moda", id: admin.id })).toMatchObject({
      error: { code: "owner_only" },
    });
    as(moda.users.member);
    expect(await run(app.revokeInvitation, { org: "moda", id: member.id })).toMatchObject({
      error: { code: "forbidden" },
    });
    as(globex.users.owner);
    expect(await run(app.revokeInvitation, { org: "globex", id: member.id })).toMatchObject({
      error: { code: "not_found", message: en.errors.not_found },
    });
    expect(await invitationsOf(moda.id)).toEqual(before);

    as(moda.users.owner);
    expect(await run(app.revokeInvitation, { org: "moda", id: admin.id })).toMatchObject({ status: "success" });
    expect(await run(app.revokeInvitation, { org: "moda", id: admin.id })).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await run(app.revokeInvitation, { org: "moda", id: "not-a-uuid" })).toMatchObject({
      error: { code: "invalid_input" },
    });
  });

  it("drops a queued email whose invitation was revoked or replaced before it went out", async () => {
    const [revoked] = await stack.sql<{ id: string; payload: Record<string, unknown>; idempotency_key: string }[]>`
      select id, payload, idempotency_key from public.email_outbox where to_email = 'new.admin@example.com'`;
    const composed = await app.composeOutboxEmail({
      id: revoked!.id,
      toEmail: "new.admin@example.com",
      template: "invitation",
      locale: "pt-BR",
      payload: revoked!.payload,
      idempotencyKey: revoked!.idempotency_key,
      attempts: 1,
    });
    expect(composed).toEqual({ kind: "cancel", reason: "invitation revoked or replaced" });
  });
});

describe("the invitation email and page", () => {
  it("emails the invitee a link to /invitations/<token> in the organization's language", async () => {
    await stack.sql`update public.organizations set locale = 'en' where id = ${moda.id}`;
    as(moda.users.owner);
    await run(app.inviteMember, { org: "moda", email: "guest@example.com", role: "admin" });
    const [row] = await stack.sql<
      { id: string; payload: Record<string, unknown>; idempotency_key: string; locale: "en" }[]
    >`
      select id, payload, idempotency_key, locale from public.email_outbox where to_email = 'guest@example.com'`;
    const composed = await app.composeOutboxEmail({
      id: row!.id,
      toEmail: "guest@example.com",
      template: "invitation",
      locale: row!.locale,
      payload: row!.payload,
      idempotencyKey: row!.idempotency_key,
      attempts: 1,
    });
    expect(composed.kind).toBe("send");
    if (composed.kind !== "send") return;
    expect(composed.message).toMatchObject({
      to: "guest@example.com",
      subject: "Owner of moda invited you to moda on Arco",
      tags: { category: "invitation" },
    });
    const link = /https?:\/\/[^\s/]+\/invitations\/([A-Za-z0-9_-]{43})/.exec(composed.message.text)?.[1];
    expect(link).toBeDefined();
    expect(composed.message.html).toContain(`/invitations/${link}`);
    expect(composed.message.text).toContain("with the admin role");
    const [invitation] = (await invitationsOf(moda.id)).filter((i) => i.email === "guest@example.com");
    expect(app.hashInvitationToken(link!)).toBe(invitation!.token_hash);
    await stack.sql`update public.organizations set locale = 'pt-BR' where id = ${moda.id}`;
  });

  it("shows anyone with the link who invited which address, and the signed-in visitor whether it is theirs", async () => {
    const [invitation] = (await invitationsOf(moda.id)).filter((i) => i.email === "guest@example.com");
    const token = app.invitationTokenFor(invitation!.id);
    expect(await app.getInvitationPreview(app.withAnon, token)).toEqual({
      organizationName: "moda",
      organizationSlug: null,
      inviterName: "Owner of moda",
      email: "guest@example.com",
      role: "admin",
      expiresAt: expect.any(Date),
      state: "pending",
      forCaller: null,
    });
    // The address compares case-insensitively, as Auth stores it.
    guestId = await createConfirmedUser(stack, "Guest@Example.com");
    expect(await app.getInvitationPreview(await requestDbAs(guestId), token)).toMatchObject({ forCaller: true });
    expect(await app.getInvitationPreview(await requestDbAs(moda.users.member), token)).toMatchObject({
      forCaller: false,
    });
    expect(await app.getInvitationPreview(app.withAnon, "x".repeat(43))).toBeNull();
  });

  it("refuses accepting or declining with another address, and changes nothing", async () => {
    const [invitation] = (await invitationsOf(moda.id)).filter((i) => i.email === "guest@example.com");
    const token = app.invitationTokenFor(invitation!.id);
    as(globex.users.owner);
    expect(await run(app.acceptInvitation, { token })).toMatchObject({
      error: { code: "invitation_for_another_email", message: en.errors.invitation_for_another_email },
    });
    expect(await run(app.declineInvitation, { token })).toMatchObject({
      error: { code: "invitation_for_another_email" },
    });
    expect((await invitationsOf(moda.id)).find((i) => i.id === invitation!.id)).toMatchObject({ accepted: false });
    expect(await rolesOf(moda.id)).not.toHaveProperty("owner@globex.test");
  });

  it("lets the invitee accept once, with the invited role, and lands them in the organization", async () => {
    const [invitation] = (await invitationsOf(moda.id)).filter((i) => i.email === "guest@example.com");
    const token = app.invitationTokenFor(invitation!.id);
    as(guestId);
    await expect(run(app.acceptInvitation, { token })).rejects.toEqual(redirectTo("/app/moda"));
    expect((await rolesOf(moda.id))["guest@example.com"]).toBe("admin");
    // A reused token explains itself; the page shows the new member the way in.
    expect(await run(app.acceptInvitation, { token })).toMatchObject({
      error: { code: "invitation_invalid", message: en.errors.invitation_invalid },
    });
    expect(await app.getInvitationPreview(await requestDbAs(guestId), token)).toMatchObject({
      state: "accepted",
      organizationSlug: "moda",
      email: null,
    });
    const members = await app.getTeamMembers(await requestDbAs(moda.users.member), moda.id);
    expect(members.find((m) => m.userId === guestId)).toMatchObject({ email: "guest@example.com", role: "admin" });
  });

  it("explains an expired or unknown token, and malformed input", async () => {
    const expiree = await createConfirmedUser(stack, "expired@example.com");
    const id = crypto.randomUUID();
    const token = app.invitationTokenFor(id);
    await stack.sql`
      insert into public.invitations (id, org_id, email, token_hash, invited_by, expires_at, created_at)
      values (${id}, ${moda.id}, 'expired@example.com', ${app.hashInvitationToken(token)}, ${moda.users.owner},
        now() - interval '1 hour', now() - interval '8 days')`;
    expect(await app.getInvitationPreview(app.withAnon, token)).toMatchObject({ state: "expired", email: null });
    as(expiree);
    expect(await run(app.acceptInvitation, { token })).toMatchObject({ error: { code: "invitation_invalid" } });
    expect(await run(app.declineInvitation, { token })).toMatchObject({ error: { code: "invitation_invalid" } });
    expect(await run(app.acceptInvitation, { token: "y".repeat(43) })).toMatchObject({
      error: { code: "invitation_invalid" },
    });
    expect(await run(app.acceptInvitation, { token: "short" })).toMatchObject({ error: { code: "invalid_input" } });
    expect(await rolesOf(moda.id)).not.toHaveProperty("expired@example.com");
  });

  it("lets the invitee decline: the invitation is gone and its seat free", async () => {
    const decliner = await createConfirmedUser(stack, "no.thanks@example.com");
    as(moda.users.admin);
    await run(app.inviteMember, { org: "moda", email: "no.thanks@example.com", role: "member" });
    const [invitation] = (await invitationsOf(moda.id)).filter((i) => i.email === "no.thanks@example.com");
    const token = app.invitationTokenFor(invitation!.id);
    as(decliner);
    expect(await run(app.declineInvitation, { token })).toEqual({ status: "success", data: { declined: true } });
    expect((await invitationsOf(moda.id)).find((i) => i.email === "no.thanks@example.com")).toBeUndefined();
    expect(await app.getInvitationPreview(app.withAnon, token)).toBeNull();
    expect(await run(app.declineInvitation, { token })).toMatchObject({ error: { code: "invitation_invalid" } });
  });
});

describe("roles, removal, ownership and leaving", () => {
  let team: OrganizationFixture;
  let extra: string;

  beforeAll(async () => {
    team = await organization("aurora", "enterprise");
    extra = await createConfirmedUser(stack, "extra@aurora.test");
    await stack.sql`
      insert into public.memberships (org_id, user_id, role, status) values (${team.id}, ${extra}, 'member', 'accepted')`;
  });

  it("lets only owners change roles", async () => {
    as(team.users.admin);
    expect(await run(app.changeMemberRole, { org: "aurora", userId: team.users.member, role: "admin" })).toMatchObject({
      error: { code: "owner_only", message: en.errors.owner_only },
    });
    as(team.users.member);
    expect(await run(app.changeMemberRole, { org: "aurora", userId: team.users.member, role: "admin" })).toMatchObject({
      error: { code: "forbidden" },
    });
    expect((await rolesOf(team.id))["member@aurora.test"]).toBe("member");

    as(team.users.owner);
    expect(await run(app.changeMemberRole, { org: "aurora", userId: team.users.member, role: "admin" })).toEqual({
      status: "success",
      data: { role: "admin" },
    });
    expect(await run(app.changeMemberRole, { org: "aurora", userId: team.users.member, role: "member" })).toMatchObject(
      {
        status: "success",
      },
    );
    expect(await run(app.changeMemberRole, { org: "aurora", userId: moda.users.member, role: "admin" })).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await run(app.changeMemberRole, { org: "aurora", userId: team.users.member, role: "owner" })).toMatchObject({
      error: { code: "invalid_input" },
    });
    expect(await rolesOf(team.id)).toEqual({
      "admin@aurora.test": "admin",
      "extra@aurora.test": "member",
      "member@aurora.test": "member",
      "owner@aurora.test": "owner",
    });
  });

  it("lets admins remove plain members only, and owners anyone but the last owner", async () => {
    as(team.users.admin);
    expect(await run(app.removeMember, { org: "aurora", userId: team.users.owner })).toMatchObject({
      error: { code: "owner_only" },
    });
    as(team.users.member);
    expect(await run(app.removeMember, { org: "aurora", userId: extra })).toMatchObject({
      error: { code: "forbidden" },
    });
    as(team.users.owner);
    expect(await run(app.removeMember, { org: "aurora", userId: team.users.owner })).toMatchObject({
      error: { code: "last_owner", message: en.errors.last_owner },
    });
    expect(Object.keys(await rolesOf(team.id))).toHaveLength(4);

    as(team.users.admin);
    expect(await run(app.removeMember, { org: "aurora", userId: extra })).toEqual({
      status: "success",
      data: { userId: extra },
    });
    expect(await run(app.removeMember, { org: "aurora", userId: extra })).toMatchObject({
      error: { code: "not_found" },
    });
    expect(await rolesOf(team.id)).not.toHaveProperty("extra@aurora.test");
  });

  it("keeps the last owner: they cannot leave", async () => {
    as(team.users.owner);
    expect(await run(app.leaveOrganization, { org: "aurora" })).toMatchObject({
      error: { code: "last_owner", message: en.errors.last_owner },
    });
    expect((await rolesOf(team.id))["owner@aurora.test"]).toBe("owner");
  });

  it("transfers ownership to an admin in one step: the admin owns, the previous owner is an admin", async () => {
    as(team.users.admin);
    expect(await run(app.transferOwnership, { org: "aurora", userId: team.users.admin })).toMatchObject({
      error: { code: "owner_only" },
    });
    as(team.users.owner);
    expect(await run(app.transferOwnership, { org: "aurora", userId: team.users.member })).toMatchObject({
      error: { code: "invalid_input" },
    });
    expect(await run(app.transferOwnership, { org: "aurora", userId: team.users.owner })).toMatchObject({
      error: { code: "invalid_input" },
    });
    expect(await run(app.transferOwnership, { org: "aurora", userId: globex.users.owner })).toMatchObject({
      error: { code: "not_found" },
    });
    expect((await rolesOf(team.id))["owner@aurora.test"]).toBe("owner");

    expect(await run(app.transferOwnership, { org: "aurora", userId: team.users.admin })).toEqual({
      status: "success",
      data: { userId: team.users.admin },
    });
    expect(await rolesOf(team.id)).toEqual({
      "admin@aurora.test": "owner",
      "member@aurora.test": "member",
      "owner@aurora.test": "admin",
    });
    // The previous owner, now an admin, can no longer change roles.
    expect(await run(app.changeMemberRole, { org: "aurora", userId: team.users.member, role: "admin" })).toMatchObject({
      error: { code: "owner_only" },
    });
  });

  it("lets anyone else leave, landing on /app", async () => {
    as(team.users.member);
    await expect(run(app.leaveOrganization, { org: "aurora" })).rejects.toEqual(redirectTo("/app"));
    as(team.users.owner);
    await expect(run(app.leaveOrganization, { org: "aurora" })).rejects.toEqual(redirectTo("/app"));
    expect(await rolesOf(team.id)).toEqual({ "admin@aurora.test": "owner" });
    // Gone means gone: the organization is a 404 to them now.
    await expect(run(app.leaveOrganization, { org: "aurora" })).rejects.toEqual(
      expect.objectContaining({ digest: expect.stringMatching(/^NEXT_HTTP_ERROR_FALLBACK;404/) }),
    );
    as(team.users.admin);
    expect(await run(app.leaveOrganization, { org: "aurora" })).toMatchObject({ error: { code: "last_owner" } });
  });
});

describe("invitations racing for the last seat on PostgreSQL 15 (real concurrent transactions)", () => {
  const ATTEMPTS = 10;
  let cluster: Postgres15Cluster;
  let admin: postgres.Sql;
  let pool: postgres.Sql;

  beforeAll(async () => {
    cluster = await startPostgres15Cluster();
    admin = postgres(cluster.url, { max: 2, onnotice: () => {} });
    pool = postgres(cluster.url, { max: ATTEMPTS, prepare: false, onnotice: () => {} });
  }, 180_000);
  afterAll(async () => {
    await pool?.end();
    await admin?.end();
    await cluster?.stop();
  });

  it("the app's invite, sent for the last seat from many requests at once, succeeds exactly once", async () => {
    const schema = await import("@/src/db/schema");
    const database = drizzle({ client: pool, schema });
    const [owner] = await admin<
      { id: string }[]
    >`insert into auth.users (email) values ('owner@race.test') returning id`;
    const [org] = await admin<{ id: string }[]>`
      insert into public.organizations (name, slug, tier) values ('Race', 'race', 'basic') returning id`;
    await admin`insert into public.memberships (org_id, user_id, role, status) values (${org!.id}, ${owner!.id}, 'owner', 'accepted')`;
    await admin`insert into public.invitations (org_id, email, token_hash) values (${org!.id}, 'held@example.com', ${"d".repeat(64)})`;

    // Every request's transaction is open and authenticated before any of them inserts.
    let ready = 0;
    let release!: () => void;
    const allReady = new Promise<void>((resolve) => (release = resolve));
    const claims = JSON.stringify({ sub: owner!.id, role: "authenticated" });
    const db: RequestDb = (fn) =>
      database.transaction(async (tx) => {
        await tx.execute(
          sql`select set_config('request.jwt.claims', ${claims}, true), set_config('role', 'authenticated', true)`,
        );
        if (++ready === ATTEMPTS) release();
        await allReady;
        return fn(tx);
      });
    const { mapDatabaseError } = await import("@/src/db/map-database-error");
    const settled = await Promise.allSettled(
      Array.from({ length: ATTEMPTS }, (_, i) =>
        app.createInvitation(db, org!.id, { email: `racer${i}@example.com`, role: "member" }),
      ),
    );
    const refusals = settled.flatMap((s) => (s.status === "rejected" ? [mapDatabaseError(s.reason).code] : []));
    expect(settled.filter((s) => s.status === "fulfilled")).toHaveLength(1);
    expect(refusals).toEqual(Array(ATTEMPTS - 1).fill("tier_limit_exceeded"));
    const [{ n }] = await admin<[{ n: number }]>`
      select count(*)::int as n from public.invitations where org_id = ${org!.id} and accepted_at is null`;
    expect(n).toBe(2);
    const [{ emails }] = await admin<[{ emails: number }]>`
      select count(*)::int as emails from public.email_outbox where org_id = ${org!.id}`;
    expect(emails).toBe(1);
  });
});
