import { createHash } from "node:crypto";
import { AuthApiError, AuthWeakPasswordError } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import {
  codeIn,
  confirmedUser,
  decodeJwt,
  fragmentOf,
  lastMail,
  linkIn,
  redirectOf,
  uniqueEmail,
  userClient,
} from "./clients.ts";

const stack = stackForThisFile();

describe("sign-up with email confirmations on", () => {
  it("returns the bare user without a session and mails a link plus a 6-digit code", async () => {
    const email = uniqueEmail("Signup");
    const supabase = userClient(stack);
    const { data, error } = await supabase.auth.signUp({
      email,
      password: "correct-horse-1",
      options: { data: { full_name: "Ada Lovelace" }, emailRedirectTo: "http://127.0.0.1:3000/welcome" },
    });
    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user).toMatchObject({
      email: email.toLowerCase(),
      aud: "authenticated",
      role: "authenticated",
      phone: "",
      app_metadata: { provider: "email", providers: ["email"] },
      user_metadata: {
        full_name: "Ada Lovelace",
        email: email.toLowerCase(),
        email_verified: false,
        phone_verified: false,
      },
      is_anonymous: false,
    });
    expect(data.user?.email_confirmed_at).toBeUndefined();
    expect(data.user?.confirmation_sent_at).toEqual(expect.any(String));
    expect(data.user?.identities).toHaveLength(1);
    expect(data.user?.identities?.[0]).toMatchObject({ provider: "email", id: data.user?.id, user_id: data.user?.id });

    const mail = lastMail(stack, email, "signup");
    expect(mail).toMatchObject({
      from: "Arco <no-reply@arco.local>",
      to: [email.toLowerCase()],
      subject: "Confirm Your Signup",
    });
    const link = linkIn(mail);
    const code = codeIn(mail);
    expect(link.origin + link.pathname).toBe(`${stack.apiUrl}/auth/v1/verify`);
    expect(link.searchParams.get("type")).toBe("signup");
    expect(link.searchParams.get("redirect_to")).toBe("http://127.0.0.1:3000/welcome");
    expect(link.searchParams.get("token")).toBe(
      createHash("sha224")
        .update(email.toLowerCase() + code)
        .digest("hex"),
    );
    expect(mail.html).toContain(code);
  });

  it("refuses the password sign-in until the email is confirmed, then the link signs in", async () => {
    const email = uniqueEmail("confirm");
    const supabase = userClient(stack);
    await supabase.auth.signUp({ email, password: "correct-horse-1" });

    const refused = await supabase.auth.signInWithPassword({ email, password: "correct-horse-1" });
    expect(refused.error).toBeInstanceOf(AuthApiError);
    expect(refused.error).toMatchObject({ status: 400, code: "email_not_confirmed", message: "Email not confirmed" });

    const { status, location } = await redirectOf(linkIn(lastMail(stack, email, "signup")));
    expect(status).toBe(303);
    expect(location.origin).toBe("http://127.0.0.1:3000");
    const fragment = fragmentOf(location);
    expect(fragment.get("type")).toBe("signup");
    expect(fragment.get("token_type")).toBe("bearer");
    expect(Number(fragment.get("expires_in"))).toBe(3600);
    const { data: viaLink } = await supabase.auth.getUser(fragment.get("access_token") ?? "");
    expect(viaLink.user?.email_confirmed_at).toEqual(expect.any(String));
    expect(viaLink.user?.user_metadata.email_verified).toBe(true);

    const signedIn = await supabase.auth.signInWithPassword({ email, password: "correct-horse-1" });
    expect(signedIn.error).toBeNull();
    expect(signedIn.data.session?.user.email).toBe(email.toLowerCase());
  });

  it("confirms a PKCE sign-up through ?code= and the code exchange", async () => {
    const email = uniqueEmail("pkce-signup");
    const supabase = userClient(stack, { flowType: "pkce" });
    await supabase.auth.signUp({
      email,
      password: "correct-horse-1",
      options: { emailRedirectTo: "http://127.0.0.1:3000/auth/confirm" },
    });
    const link = linkIn(lastMail(stack, email, "signup"));
    expect(link.searchParams.get("token")).toMatch(/^pkce_/);

    const { location } = await redirectOf(link);
    expect(location.pathname).toBe("/auth/confirm");
    const { data, error } = await supabase.auth.exchangeCodeForSession(location.searchParams.get("code") ?? "");
    expect(error).toBeNull();
    expect(data.user?.email_confirmed_at).toEqual(expect.any(String));
    expect(decodeJwt(data.session!.access_token).payload.amr).toEqual([
      { method: "email/signup", timestamp: expect.any(Number) },
    ]);
  });

  it("answers a repeated sign-up of a confirmed address with an obfuscated user, not an error", async () => {
    const { email } = await confirmedUser(stack, "dupe");
    const { data, error } = await userClient(stack).auth.signUp({ email, password: "another-pass-9" });
    expect(error).toBeNull();
    expect(data.session).toBeNull();
    expect(data.user?.identities).toEqual([]);
    const { data: real } = await userClient(stack).auth.signInWithPassword({ email, password: "correct-horse-1" });
    expect(data.user?.id).not.toBe(real.user?.id);
  });

  it("rejects a password shorter than the configured minimum as weak_password", async () => {
    const { data, error } = await userClient(stack).auth.signUp({ email: uniqueEmail("weak"), password: "short" });
    expect(data.user).toBeNull();
    expect(error).toBeInstanceOf(AuthWeakPasswordError);
    expect(error).toMatchObject({ status: 422, code: "weak_password", reasons: ["length"] });
    expect(error?.message).toBe("Password should be at least 8 characters.");
  });

  it("rejects an invalid email address as validation_failed", async () => {
    const { error } = await userClient(stack).auth.signUp({ email: "not-an-email", password: "correct-horse-1" });
    expect(error).toMatchObject({ status: 400, code: "validation_failed" });
  });
});

describe("password grant", () => {
  it("signs in with a session whose access token carries GoTrue's claims", async () => {
    const { email, password, id } = await confirmedUser(stack, "claims");
    const { data, error } = await userClient(stack).auth.signInWithPassword({ email, password });
    expect(error).toBeNull();
    const session = data.session!;
    expect(session.token_type).toBe("bearer");
    expect(session.expires_in).toBe(3600);
    expect(session.expires_at).toBeGreaterThan(Date.now() / 1000 + 3500);
    expect(session.expires_at).toBeLessThan(Date.now() / 1000 + 3700);
    expect(session.refresh_token).toMatch(/^[A-Za-z0-9]{12}$/);

    const { header, payload } = decodeJwt(session.access_token);
    expect(header).toMatchObject({ alg: "ES256", typ: "JWT", kid: expect.any(String) });
    expect(Object.keys(payload).sort()).toEqual(
      [
        "aal",
        "amr",
        "app_metadata",
        "aud",
        "email",
        "exp",
        "iat",
        "is_anonymous",
        "iss",
        "phone",
        "role",
        "session_id",
        "sub",
        "user_metadata",
      ].sort(),
    );
    expect(payload).toMatchObject({
      iss: `${stack.apiUrl}/auth/v1`,
      sub: id,
      aud: "authenticated",
      email,
      phone: "",
      role: "authenticated",
      aal: "aal1",
      is_anonymous: false,
      app_metadata: { provider: "email", providers: ["email"] },
      amr: [{ method: "password", timestamp: expect.any(Number) }],
      session_id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect(Number(payload.exp) - Number(payload.iat)).toBe(3600);
  });

  it("answers a wrong password and an unknown address alike with invalid_credentials", async () => {
    const { email } = await confirmedUser(stack, "wrong");
    const supabase = userClient(stack);
    const wrong = await supabase.auth.signInWithPassword({ email, password: "not-the-password" });
    const unknown = await supabase.auth.signInWithPassword({ email: uniqueEmail("nobody"), password: "whatever-123" });
    for (const { error, data } of [wrong, unknown]) {
      expect(data.session).toBeNull();
      expect(error).toMatchObject({ status: 400, code: "invalid_credentials", message: "Invalid login credentials" });
    }
  });

  it("signs in a user seeded the Supabase way with crypt(password, gen_salt('bf'))", async () => {
    const email = uniqueEmail("seeded");
    await stack.sql`
      insert into auth.users (instance_id, id, aud, role, email, encrypted_password, email_confirmed_at,
        raw_app_meta_data, raw_user_meta_data, created_at, updated_at, confirmation_token, email_change,
        email_change_token_new, recovery_token)
      values ('00000000-0000-0000-0000-000000000000', gen_random_uuid(), 'authenticated', 'authenticated', ${email},
        extensions.crypt('seeded-pass-1', extensions.gen_salt('bf')), now(), '{"provider":"email","providers":["email"]}', '{"full_name":"Seed"}',
        now(), now(), '', '', '', '')`;
    const { data, error } = await userClient(stack).auth.signInWithPassword({ email, password: "seeded-pass-1" });
    expect(error).toBeNull();
    expect(data.user?.user_metadata).toEqual({ full_name: "Seed" });
  });

  it("tells the client when a password no longer meets the policy", async () => {
    const email = uniqueEmail("legacy");
    await stack.sql`
      insert into auth.users (id, aud, role, email, encrypted_password, email_confirmed_at, raw_app_meta_data, raw_user_meta_data)
      values (gen_random_uuid(), 'authenticated', 'authenticated', ${email}, extensions.crypt('abc123', extensions.gen_salt('bf')), now(), '{}', '{}')`;
    const { data, error } = await userClient(stack).auth.signInWithPassword({ email, password: "abc123" });
    expect(error).toBeNull();
    expect(data.session).not.toBeNull();
    expect(data.weakPassword).toEqual({ message: "Password should be at least 8 characters.", reasons: ["length"] });
  });
});

describe("error responses", () => {
  const tokenUrl = () => `${stack.apiUrl}/auth/v1/token?grant_type=password`;
  const body = JSON.stringify({ email: "nobody@example.com", password: "whatever-123" });

  it("uses the {code, message} body and echoes the API version for 2024-01-01 callers", async () => {
    const response = await fetch(tokenUrl(), {
      method: "POST",
      headers: { apikey: stack.anonKey, "content-type": "application/json", "x-supabase-api-version": "2024-01-01" },
      body,
    });
    expect(response.status).toBe(400);
    expect(response.headers.get("x-supabase-api-version")).toBe("2024-01-01");
    expect(response.headers.get("x-sb-error-code")).toBe("invalid_credentials");
    expect(await response.json()).toEqual({ code: "invalid_credentials", message: "Invalid login credentials" });
  });

  it("uses the legacy body without the version header", async () => {
    const response = await fetch(tokenUrl(), {
      method: "POST",
      headers: { apikey: stack.anonKey, "content-type": "application/json" },
      body,
    });
    expect(response.headers.get("x-supabase-api-version")).toBeNull();
    expect(response.headers.get("x-sb-error-code")).toBe("invalid_credentials");
    expect(await response.json()).toEqual({
      code: 400,
      error_code: "invalid_credentials",
      msg: "Invalid login credentials",
    });
  });

  it("answers bad_json for an unparsable body and never leaks internals", async () => {
    const response = await fetch(tokenUrl(), {
      method: "POST",
      headers: { apikey: stack.anonKey, "content-type": "application/json", "x-supabase-api-version": "2024-01-01" },
      body: "{not json",
    });
    expect(response.status).toBe(400);
    const payload = (await response.json()) as { code: string; message: string };
    expect(payload.code).toBe("bad_json");
    expect(payload.message).not.toMatch(/at .*\.ts/);
  });

  it("answers unexpected failures with a generic 500 unexpected_failure", async () => {
    const { email, password } = await confirmedUser(stack, "broken");
    await stack.sql`alter table auth.mfa_amr_claims rename to mfa_amr_claims_away`;
    try {
      const response = await fetch(tokenUrl(), {
        method: "POST",
        headers: { apikey: stack.anonKey, "content-type": "application/json", "x-supabase-api-version": "2024-01-01" },
        body: JSON.stringify({ email, password }),
      });
      expect(response.status).toBe(500);
      expect(await response.json()).toEqual({
        code: "unexpected_failure",
        message: "Unexpected failure, please check server logs for more information",
      });
    } finally {
      await stack.sql`alter table auth.mfa_amr_claims_away rename to mfa_amr_claims`;
    }
  });
});
