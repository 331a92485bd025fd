import { createClient } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import {
  adminClient,
  codeIn,
  confirmedUser,
  fragmentOf,
  lastMail,
  linkIn,
  redirectOf,
  uniqueEmail,
  userClient,
} from "./clients.ts";

const stack = stackForThisFile();

function clientWithBearer(token: string) {
  return createClient(stack.apiUrl, stack.anonKey, {
    auth: { persistSession: false, autoRefreshToken: false },
    global: { headers: { Authorization: `Bearer ${token}` } },
  });
}

describe("admin authorization", () => {
  it("answers 401 no_authorization without a bearer token", async () => {
    const response = await fetch(`${stack.apiUrl}/auth/v1/admin/users`, {
      headers: { apikey: stack.anonKey, "x-supabase-api-version": "2024-01-01" },
    });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ code: "no_authorization" });
  });

  it("answers 403 not_admin for the anon key and for a user's access token", async () => {
    const anon = await clientWithBearer(stack.anonKey).auth.admin.listUsers();
    expect(anon.error).toMatchObject({ status: 403, code: "not_admin", message: "User not allowed" });

    const { email, password } = await confirmedUser(stack, "not-admin");
    const { data } = await userClient(stack).auth.signInWithPassword({ email, password });
    const asUser = await clientWithBearer(data.session!.access_token).auth.admin.createUser({
      email: uniqueEmail("x"),
    });
    expect(asUser.error).toMatchObject({ status: 403, code: "not_admin" });
  });

  it("answers 403 bad_jwt for a token it did not sign", async () => {
    const { error } = await clientWithBearer("not.a.jwt").auth.admin.listUsers();
    expect(error).toMatchObject({ status: 403, code: "bad_jwt" });
  });
});

describe("admin users", () => {
  it("creates a confirmed user with metadata, and refuses duplicates and weak passwords", async () => {
    const admin = adminClient(stack).auth.admin;
    const email = uniqueEmail("created");
    const { data, error } = await admin.createUser({
      email,
      password: "created-pass-1",
      email_confirm: true,
      user_metadata: { full_name: "Katherine Johnson" },
      app_metadata: { org_role: "owner" },
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      email,
      role: "authenticated",
      app_metadata: { provider: "email", providers: ["email"], org_role: "owner" },
      user_metadata: { full_name: "Katherine Johnson", email_verified: true },
      email_confirmed_at: expect.any(String),
    });
    expect(data.user?.identities?.[0]).toMatchObject({
      provider: "email",
      identity_data: { email, email_verified: true },
    });
    expect((await userClient(stack).auth.signInWithPassword({ email, password: "created-pass-1" })).error).toBeNull();

    const dupe = await admin.createUser({ email, password: "created-pass-1" });
    expect(dupe.error).toMatchObject({ status: 422, code: "email_exists" });
    const weak = await admin.createUser({ email: uniqueEmail("weak"), password: "123" });
    expect(weak.error).toMatchObject({ status: 422, code: "weak_password" });
  });

  it("lists users newest first with X-Total-Count and GoTrue's Link header", async () => {
    for (const name of ["page-a", "page-b", "page-c"]) await confirmedUser(stack, name);
    const [count] = await stack.sql<{ total: number }[]>`select count(*)::int as total from auth.users`;
    const total = count?.total ?? 0;
    const lastPage = Math.ceil(total / 2);

    const { data, error } = await adminClient(stack).auth.admin.listUsers({ page: 1, perPage: 2 });
    expect(error).toBeNull();
    expect(data.users).toHaveLength(2);
    expect(data.users[0]?.email).toMatch(/^page-c-/);
    expect(data.users[1]?.email).toMatch(/^page-b-/);
    expect(data).toMatchObject({ aud: "authenticated", total, nextPage: 2, lastPage });

    const response = await fetch(`${stack.apiUrl}/auth/v1/admin/users?page=1&per_page=2`, {
      headers: { apikey: stack.serviceRoleKey, authorization: `Bearer ${stack.serviceRoleKey}` },
    });
    expect(response.headers.get("x-total-count")).toBe(String(total));
    expect(response.headers.get("link")).toBe(
      `</admin/users?page=2&per_page=2>; rel="next", </admin/users?page=${lastPage}&per_page=2>; rel="last"`,
    );

    const all = await adminClient(stack).auth.admin.listUsers();
    expect(all.data.users).toHaveLength(total);
    expect(all.data).toMatchObject({ total, lastPage: 1, nextPage: null });
  });

  it("gets, updates (merge, ban, unban) and deletes a user", async () => {
    const admin = adminClient(stack).auth.admin;
    const { email, password, id } = await confirmedUser(stack, "lifecycle");

    const fetched = await admin.getUserById(id);
    expect(fetched.data.user).toMatchObject({ id, email });
    const missing = await admin.getUserById("00000000-0000-4000-8000-000000000000");
    expect(missing.error).toMatchObject({ status: 404, code: "user_not_found" });

    await admin.updateUserById(id, { user_metadata: { a: 1, b: 2 } });
    const merged = await admin.updateUserById(id, { user_metadata: { b: null, c: 3 }, app_metadata: { tier: "pro" } });
    expect(merged.data.user?.user_metadata).toEqual({ a: 1, c: 3, email_verified: true });
    expect(merged.data.user?.app_metadata).toMatchObject({ provider: "email", tier: "pro" });

    const banned = await admin.updateUserById(id, { ban_duration: "24h" });
    expect(Date.parse(banned.data.user?.banned_until ?? "")).toBeGreaterThan(Date.now() + 23 * 3600_000);
    const refused = await userClient(stack).auth.signInWithPassword({ email, password });
    expect(refused.error).toMatchObject({ status: 400, code: "user_banned" });
    const badDuration = await admin.updateUserById(id, { ban_duration: "forever" });
    expect(badDuration.error).toMatchObject({ status: 400, code: "validation_failed" });
    await admin.updateUserById(id, { ban_duration: "none" });
    expect((await userClient(stack).auth.signInWithPassword({ email, password })).error).toBeNull();

    const deleted = await admin.deleteUser(id);
    expect(deleted.error).toBeNull();
    expect(deleted.data.user?.id).toBe(id);
    expect((await admin.getUserById(id)).error).toMatchObject({ status: 404, code: "user_not_found" });
  });

  it("soft-deletes a user: signed out and anonymised, row kept", async () => {
    const { email, password, id } = await confirmedUser(stack, "soft");
    const { data } = await userClient(stack).auth.signInWithPassword({ email, password });
    expect((await adminClient(stack).auth.admin.deleteUser(id, true)).error).toBeNull();
    const { data: user } = await adminClient(stack).auth.admin.getUserById(id);
    expect(user.user).toMatchObject({ id, email: "", deleted_at: expect.any(String), identities: [] });
    const refresh = await userClient(stack).auth.refreshSession({ refresh_token: data.session!.refresh_token });
    expect(refresh.error).toMatchObject({ code: "refresh_token_not_found" });
  });
});

describe("admin generate_link and invites", () => {
  it("generates a magic link whose GET /verify redirect carries a session", async () => {
    const { email, id } = await confirmedUser(stack, "generated");
    const mailsBefore = stack.mailbox.list(email).length;
    const { data, error } = await adminClient(stack).auth.admin.generateLink({
      type: "magiclink",
      email,
      options: { redirectTo: "http://127.0.0.1:3000/dashboard" },
    });
    expect(error).toBeNull();
    expect(data.user?.id).toBe(id);
    const properties = data.properties!;
    expect(properties).toMatchObject({
      verification_type: "magiclink",
      redirect_to: "http://127.0.0.1:3000/dashboard",
      email_otp: expect.stringMatching(/^\d{6}$/),
      hashed_token: expect.stringMatching(/^[0-9a-f]{56}$/),
    });
    expect(properties.action_link).toBe(
      `${stack.apiUrl}/auth/v1/verify?token=${properties.hashed_token}&type=magiclink&redirect_to=${encodeURIComponent("http://127.0.0.1:3000/dashboard")}`,
    );
    expect(stack.mailbox.list(email)).toHaveLength(mailsBefore);

    const { status, location } = await redirectOf(properties.action_link);
    expect(status).toBe(303);
    expect(location.pathname).toBe("/dashboard");
    const { data: viaLink } = await userClient(stack).auth.getUser(fragmentOf(location).get("access_token") ?? "");
    expect(viaLink.user?.id).toBe(id);
  });

  it("signs up unknown addresses for magic links and checks existence for the other types", async () => {
    const admin = adminClient(stack).auth.admin;
    const fresh = uniqueEmail("fresh");
    const created = await admin.generateLink({ type: "magiclink", email: fresh });
    expect(created.data.properties?.verification_type).toBe("signup");
    expect(created.data.user?.email).toBe(fresh);

    const recovery = await admin.generateLink({ type: "recovery", email: uniqueEmail("ghost") });
    expect(recovery.error).toMatchObject({ status: 404, code: "user_not_found" });

    const { email } = await confirmedUser(stack, "exists");
    const signup = await admin.generateLink({ type: "signup", email, password: "whatever-pass-1" });
    expect(signup.error).toMatchObject({ status: 422, code: "email_exists" });
  });

  it("keeps a generated signup's user_metadata to exactly the data it was given", async () => {
    const { data, error } = await adminClient(stack).auth.admin.generateLink({
      type: "signup",
      email: uniqueEmail("gen-metadata"),
      password: "gen-metadata-pass-1",
      options: { data: { status: "alpha" } },
    });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toEqual({ status: "alpha" });
  });

  it("verifies a generated signup code with verifyOtp", async () => {
    const email = uniqueEmail("gen-signup");
    const { data } = await adminClient(stack).auth.admin.generateLink({
      type: "signup",
      email,
      password: "gen-signup-pass-1",
    });
    const verified = await userClient(stack).auth.verifyOtp({
      email,
      token: data.properties!.email_otp,
      type: "signup",
    });
    expect(verified.error).toBeNull();
    expect(verified.data.user?.email_confirmed_at).toEqual(expect.any(String));
  });

  it("invites by email: the invite link confirms the user and signs them in", async () => {
    const email = uniqueEmail("invited");
    const { data, error } = await adminClient(stack).auth.admin.inviteUserByEmail(email, { data: { org: "acme" } });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, invited_at: expect.any(String), user_metadata: { org: "acme" } });
    const mail = lastMail(stack, email, "invite");
    expect(mail.subject).toBe("You have been invited");
    expect(codeIn(mail)).toMatch(/^\d{6}$/);
    const { location } = await redirectOf(linkIn(mail));
    expect(fragmentOf(location).get("type")).toBe("invite");
    const { data: user } = await userClient(stack).auth.getUser(fragmentOf(location).get("access_token") ?? "");
    expect(user.user?.email_confirmed_at).toEqual(expect.any(String));
  });
});
