import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import {
  codeIn,
  confirmedUser,
  decodeJwt,
  fragmentOf,
  lastMail,
  linkIn,
  memoryStorage,
  redirectOf,
  uniqueEmail,
  userClient,
} from "./clients.ts";

const stack = stackForThisFile();

describe("email OTP and magic links", () => {
  it("signs up an unknown address, mails a confirmation code, and verifyOtp({type:'email'}) signs in", async () => {
    const email = uniqueEmail("otp-new");
    const supabase = userClient(stack);
    const sent = await supabase.auth.signInWithOtp({ email, options: { data: { plan: "free" } } });
    expect(sent.error).toBeNull();
    expect(sent.data).toEqual({ user: null, session: null, messageId: undefined });

    const mail = lastMail(stack, email, "signup");
    const { data, error } = await supabase.auth.verifyOtp({ email, token: codeIn(mail), type: "email" });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({ email, user_metadata: { plan: "free", email_verified: true } });
    expect(data.user?.email_confirmed_at).toEqual(expect.any(String));
    expect(decodeJwt(data.session!.access_token).payload.amr).toEqual([
      { method: "otp", timestamp: expect.any(Number) },
    ]);
    const { data: stored } = await supabase.auth.getSession();
    expect(stored.session?.user.id).toBe(data.user?.id);
  });

  it("mails a magic link to a confirmed user and accepts its token hash once", async () => {
    const { email, id } = await confirmedUser(stack, "magic");
    const supabase = userClient(stack);
    await supabase.auth.signInWithOtp({ email });
    const mail = lastMail(stack, email, "magiclink");
    expect(mail.subject).toBe("Your Magic Link");
    const tokenHash = linkIn(mail).searchParams.get("token") ?? "";

    const first = await supabase.auth.verifyOtp({ token_hash: tokenHash, type: "magiclink" });
    expect(first.error).toBeNull();
    expect(first.data.user?.id).toBe(id);

    const again = await supabase.auth.verifyOtp({ token_hash: tokenHash, type: "magiclink" });
    expect(again.data.session).toBeNull();
    expect(again.error).toMatchObject({ status: 403, code: "otp_expired", message: "Token has expired or is invalid" });
  });

  it("rejects a used code and an expired code with otp_expired", async () => {
    const { email } = await confirmedUser(stack, "expiry");
    const supabase = userClient(stack);
    await supabase.auth.signInWithOtp({ email });
    const code = codeIn(lastMail(stack, email, "magiclink"));
    expect((await supabase.auth.verifyOtp({ email, token: code, type: "email" })).error).toBeNull();
    const used = await supabase.auth.verifyOtp({ email, token: code, type: "email" });
    expect(used.error).toMatchObject({ status: 403, code: "otp_expired" });

    const other = await confirmedUser(stack, "expired");
    await supabase.auth.signInWithOtp({ email: other.email });
    const staleCode = codeIn(lastMail(stack, other.email, "magiclink"));
    // An hour and a bit later (config auth.email.otp_expiry = 3600 s).
    await stack.sql`update auth.users set recovery_sent_at = now() - interval '3601 seconds' where id = ${other.id}`;
    const expired = await supabase.auth.verifyOtp({ email: other.email, token: staleCode, type: "magiclink" });
    expect(expired.error).toMatchObject({ status: 403, code: "otp_expired" });
  });

  it("refuses unknown addresses when shouldCreateUser is false", async () => {
    const { error } = await userClient(stack).auth.signInWithOtp({
      email: uniqueEmail("nobody"),
      options: { shouldCreateUser: false },
    });
    expect(error).toMatchObject({ status: 422, code: "otp_disabled", message: "Signups not allowed for otp" });
  });

  it("enforces the 60 s per-user resend window", async () => {
    const { email } = await confirmedUser(stack, "resend");
    const supabase = userClient(stack);
    expect((await supabase.auth.signInWithOtp({ email })).error).toBeNull();
    const { error } = await supabase.auth.signInWithOtp({ email });
    expect(error).toMatchObject({ status: 429, code: "over_email_send_rate_limit" });
    expect(error?.message).toMatch(/^For security purposes, you can only request this after \d+ seconds\.$/);
  });

  it("redirects a PKCE magic link with ?code= and exchanges it for a session", async () => {
    const { email, id } = await confirmedUser(stack, "pkce-link");
    const supabase = userClient(stack, { flowType: "pkce" });
    await supabase.auth.signInWithOtp({
      email,
      options: { emailRedirectTo: "http://127.0.0.1:3000/auth/callback?next=/app" },
    });
    const link = linkIn(lastMail(stack, email, "magiclink"));
    expect(link.searchParams.get("token")).toMatch(/^pkce_[0-9a-f]{56}$/);

    const { status, location } = await redirectOf(link);
    expect(status).toBe(303);
    expect(location.pathname).toBe("/auth/callback");
    expect(location.searchParams.get("next")).toBe("/app");
    const code = location.searchParams.get("code") ?? "";
    expect(code).toMatch(/^[0-9a-f-]{36}$/);
    expect(location.hash).toBe("");

    const { data, error } = await supabase.auth.exchangeCodeForSession(code);
    expect(error).toBeNull();
    expect(data.user?.id).toBe(id);
    expect(decodeJwt(data.session!.access_token).payload.amr).toEqual([
      { method: "magiclink", timestamp: expect.any(Number) },
    ]);
  });

  it("sends link errors back to the app in the fragment", async () => {
    const bogus = new URL(`${stack.apiUrl}/auth/v1/verify`);
    bogus.search = new URLSearchParams({
      token: "f".repeat(56),
      type: "magiclink",
      redirect_to: "http://127.0.0.1:3000/cb",
    }).toString();
    const { status, location } = await redirectOf(bogus);
    expect(status).toBe(303);
    expect(location.origin + location.pathname).toBe("http://127.0.0.1:3000/cb");
    expect(Object.fromEntries(fragmentOf(location))).toEqual({
      error: "access_denied",
      error_code: "otp_expired",
      error_description: "Email link is invalid or has expired",
    });
  });

  it("accepts redirects matching additional_redirect_urls globs (http://localhost:3000/**)", async () => {
    const { email } = await confirmedUser(stack, "glob");
    const supabase = userClient(stack);
    await supabase.auth.signInWithOtp({
      email,
      options: { emailRedirectTo: "http://localhost:3000/auth/callback/deep" },
    });
    expect(linkIn(lastMail(stack, email, "magiclink")).searchParams.get("redirect_to")).toBe(
      "http://localhost:3000/auth/callback/deep",
    );

    const other = await confirmedUser(stack, "glob-miss");
    await supabase.auth.signInWithOtp({
      email: other.email,
      options: { emailRedirectTo: "http://localhost:4000/auth/callback" },
    });
    expect(linkIn(lastMail(stack, other.email, "magiclink")).searchParams.get("redirect_to")).toBe(
      "http://127.0.0.1:3000",
    );
  });

  it("falls back to the site URL for a redirect outside the allow-list", async () => {
    const { email } = await confirmedUser(stack, "redirect");
    await userClient(stack).auth.signInWithOtp({
      email,
      options: { emailRedirectTo: "https://evil.example.net/steal" },
    });
    const link = linkIn(lastMail(stack, email, "magiclink"));
    expect(link.searchParams.get("redirect_to")).toBe("http://127.0.0.1:3000");
    const { location } = await redirectOf(link);
    expect(location.origin).toBe("http://127.0.0.1:3000");
    expect(fragmentOf(location).get("access_token")).toBeTruthy();
  });

  it.each([
    "javascript://127.0.0.1:3000/%0aalert(document.cookie)",
    "data://127.0.0.1:3000/text/html,<script>alert(1)</script>",
    "ftp://127.0.0.1:3000/",
  ])("accepts only http(s) on the site's host: %s falls back to the site URL", async (emailRedirectTo) => {
    const { email } = await confirmedUser(stack, "scheme");
    await userClient(stack).auth.signInWithOtp({ email, options: { emailRedirectTo } });
    const link = linkIn(lastMail(stack, email, "magiclink"));
    expect(link.searchParams.get("redirect_to")).toBe("http://127.0.0.1:3000");
    const { location } = await redirectOf(link);
    expect(location.protocol).toBe("http:");
    expect(location.origin).toBe("http://127.0.0.1:3000");
  });
});

describe("password recovery", () => {
  it("answers unknown addresses like known ones and mails nothing", async () => {
    const email = uniqueEmail("unknown-reset");
    const { data, error } = await userClient(stack).auth.resetPasswordForEmail(email);
    expect(error).toBeNull();
    expect(data).toEqual({});
    expect(stack.mailbox.list(email)).toEqual([]);
  });

  it("runs the PKCE recovery flow: email, ?code=, PASSWORD_RECOVERY exchange, new password", async () => {
    const { email, id } = await confirmedUser(stack, "reset");
    const storage = memoryStorage();
    const supabase = userClient(stack, { flowType: "pkce", storage });
    const events: string[] = [];
    supabase.auth.onAuthStateChange((event) => void events.push(event));
    const sent = await supabase.auth.resetPasswordForEmail(email, { redirectTo: "http://127.0.0.1:3000/reset" });
    expect(sent.error).toBeNull();
    const mail = lastMail(stack, email, "recovery");
    expect(mail.subject).toBe("Reset Your Password");
    expect(linkIn(mail).searchParams.get("type")).toBe("recovery");

    const { location } = await redirectOf(linkIn(mail));
    const { data, error } = await supabase.auth.exchangeCodeForSession(location.searchParams.get("code") ?? "");
    expect(error).toBeNull();
    expect(data).toMatchObject({ redirectType: "recovery" });
    expect(data.user?.id).toBe(id);
    expect(events).toContain("PASSWORD_RECOVERY");

    expect((await supabase.auth.updateUser({ password: "brand-new-pass-2" })).error).toBeNull();
    const signedIn = await userClient(stack).auth.signInWithPassword({ email, password: "brand-new-pass-2" });
    expect(signedIn.error).toBeNull();
  });
});
