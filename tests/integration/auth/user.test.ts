import { AuthSessionMissingError } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { codeIn, confirmedUser, lastMail, linkIn, redirectOf, uniqueEmail, userClient } from "./clients.ts";

const stack = stackForThisFile();

async function signIn(email: string, password: string, fetchImpl?: typeof fetch) {
  const supabase = userClient(stack, { fetch: fetchImpl });
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error || !data.session) throw error ?? new Error("no session");
  return { supabase, session: data.session };
}

describe("GET and PUT /user", () => {
  it("returns the signed-in user, and reports a missing session locally", async () => {
    const { email, password, id } = await confirmedUser(stack, "me");
    const { supabase } = await signIn(email, password);
    const { data, error } = await supabase.auth.getUser();
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ id, email, role: "authenticated", aud: "authenticated" });
    expect(data.user?.last_sign_in_at).toEqual(expect.any(String));

    const anonymous = await userClient(stack).auth.getUser();
    expect(anonymous.error).toBeInstanceOf(AuthSessionMissingError);
  });

  it("merges user metadata, removing keys set to null", async () => {
    const { email, password } = await confirmedUser(stack, "meta");
    const { supabase } = await signIn(email, password);
    await supabase.auth.updateUser({ data: { full_name: "Grace Hopper", theme: "dark" } });
    const { data, error } = await supabase.auth.updateUser({ data: { theme: null, locale: "pt-BR" } });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toEqual({ full_name: "Grace Hopper", locale: "pt-BR", email_verified: true });
  });

  it("changes the password, refusing the current one, and signs out the other sessions", async () => {
    const { email, password } = await confirmedUser(stack, "password");
    const { supabase } = await signIn(email, password);
    const other = await signIn(email, password);

    const same = await supabase.auth.updateUser({ password });
    expect(same.error).toMatchObject({ status: 422, code: "same_password" });
    const weak = await supabase.auth.updateUser({ password: "tiny" });
    expect(weak.error).toMatchObject({ status: 422, code: "weak_password" });

    expect((await supabase.auth.updateUser({ password: "a-better-pass-7" })).error).toBeNull();
    expect((await supabase.auth.getUser()).error).toBeNull();
    const stale = await other.supabase.auth.refreshSession();
    expect(stale.error).toMatchObject({ status: 400, code: "refresh_token_not_found" });
    expect((await userClient(stack).auth.signInWithPassword({ email, password: "a-better-pass-7" })).error).toBeNull();
    expect((await userClient(stack).auth.signInWithPassword({ email, password })).error).toMatchObject({
      code: "invalid_credentials",
    });
  });

  it("changes the email only after both addresses confirm", async () => {
    const { email, password, id } = await confirmedUser(stack, "old-address");
    const { supabase } = await signIn(email, password);
    const newEmail = uniqueEmail("new-address");
    const { data, error } = await supabase.auth.updateUser({ email: newEmail });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, new_email: newEmail, email_change_sent_at: expect.any(String) });

    const toCurrent = lastMail(stack, email, "email_change");
    const toNew = lastMail(stack, newEmail, "email_change");
    expect(toNew.subject).toBe("Confirm Email Change");
    const half = await userClient(stack).auth.verifyOtp({ email, token: codeIn(toCurrent), type: "email_change" });
    expect(half.error).toBeNull();
    expect(half.data).toEqual({ user: null, session: null });

    const { status, location } = await redirectOf(linkIn(toNew));
    expect(status).toBe(303);
    expect(new URLSearchParams(location.hash.slice(1)).get("type")).toBe("email_change");
    const { data: after } = await supabase.auth.refreshSession();
    expect(after.user).toMatchObject({ id, email: newEmail });
    expect(after.user?.new_email).toBeUndefined();
    expect(after.user?.identities?.[0]?.identity_data?.email).toBe(newEmail);
    expect((await userClient(stack).auth.signInWithPassword({ email: newEmail, password })).error).toBeNull();
  });

  it("refuses an email that belongs to someone else", async () => {
    const taken = await confirmedUser(stack, "taken");
    const { email, password } = await confirmedUser(stack, "mover");
    const { supabase } = await signIn(email, password);
    const { error } = await supabase.auth.updateUser({ email: taken.email });
    expect(error).toMatchObject({ status: 422, code: "email_exists" });
  });
});

describe("signOut scopes", () => {
  async function threeSessions() {
    const { email, password } = await confirmedUser(stack, "scopes");
    const a = await signIn(email, password);
    const b = await signIn(email, password);
    const c = await signIn(email, password);
    return [a, b, c] as const;
  }
  const stillValid = async (client: Awaited<ReturnType<typeof signIn>>) =>
    (await userClient(stack).auth.refreshSession({ refresh_token: client.session.refresh_token })).error === null;

  it("local ends only the caller's session", async () => {
    const [a, b] = await threeSessions();
    expect((await a.supabase.auth.signOut({ scope: "local" })).error).toBeNull();
    expect((await a.supabase.auth.getSession()).data.session).toBeNull();
    expect(await stillValid(a)).toBe(false);
    expect(await stillValid(b)).toBe(true);
    const gone = await userClient(stack).auth.getUser(a.session.access_token);
    expect(gone.error).toBeInstanceOf(AuthSessionMissingError);
  });

  it("others ends every session but the caller's", async () => {
    const [a, b, c] = await threeSessions();
    expect((await a.supabase.auth.signOut({ scope: "others" })).error).toBeNull();
    expect((await a.supabase.auth.getSession()).data.session).not.toBeNull();
    expect(await stillValid(b)).toBe(false);
    expect(await stillValid(c)).toBe(false);
    expect((await a.supabase.auth.getUser()).error).toBeNull();
  });

  it("global ends all of them", async () => {
    const [a, b, c] = await threeSessions();
    expect((await a.supabase.auth.signOut()).error).toBeNull();
    for (const client of [a, b, c]) expect(await stillValid(client)).toBe(false);
  });

  it("answers 204 with no body and rejects unknown scopes", async () => {
    const { email, password } = await confirmedUser(stack, "raw-logout");
    const { session } = await signIn(email, password);
    const call = (scope: string) =>
      fetch(`${stack.apiUrl}/auth/v1/logout?scope=${scope}`, {
        method: "POST",
        headers: {
          apikey: stack.anonKey,
          authorization: `Bearer ${session.access_token}`,
          "x-supabase-api-version": "2024-01-01",
        },
      });
    const bad = await call("everything");
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: "validation_failed" });
    const ok = await call("local");
    expect(ok.status).toBe(204);
    expect(await ok.text()).toBe("");
  });
});

describe("getClaims, JWKS, settings and health", () => {
  it("verifies the access token against the published JWKS without calling /user", async () => {
    const { email, password, id } = await confirmedUser(stack, "claims");
    const paths: string[] = [];
    const recording: typeof fetch = (input, init) => {
      paths.push(new URL(input instanceof Request ? input.url : String(input)).pathname);
      return fetch(input, init);
    };
    const { supabase } = await signIn(email, password, recording);
    const { data, error } = await supabase.auth.getClaims();
    expect(error).toBeNull();
    expect(data?.claims).toMatchObject({ sub: id, email, role: "authenticated", aud: "authenticated" });
    expect(data?.header).toMatchObject({ alg: "ES256" });
    expect(paths).toContain("/auth/v1/.well-known/jwks.json");
    expect(paths).not.toContain("/auth/v1/user");
  });

  it("publishes only the public ES256 key, cacheable", async () => {
    const response = await fetch(`${stack.apiUrl}/auth/v1/.well-known/jwks.json`);
    expect(response.headers.get("cache-control")).toBe("public, max-age=600");
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({
      kty: "EC",
      crv: "P-256",
      alg: "ES256",
      use: "sig",
      key_ops: ["verify"],
      kid: expect.any(String),
    });
    expect(keys[0]).not.toHaveProperty("d");
  });

  it("reports settings and health like GoTrue", async () => {
    const settings = await (
      await fetch(`${stack.apiUrl}/auth/v1/settings`, { headers: { apikey: stack.anonKey } })
    ).json();
    expect(settings).toMatchObject({
      external: { email: true, google: true, github: true, apple: false, phone: false, anonymous_users: false },
      disable_signup: false,
      mailer_autoconfirm: false,
      // [auth.sms] enable_confirmations = false: GoTrue then autoconfirms phones (the CLI's mapping).
      phone_autoconfirm: true,
      saml_enabled: true,
    });
    const health = await (await fetch(`${stack.apiUrl}/auth/v1/health`)).json();
    expect(health).toMatchObject({
      name: "GoTrue",
      description: "GoTrue is a user registration and authentication API",
    });
  });
});
