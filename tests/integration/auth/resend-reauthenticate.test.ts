import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { codeIn, confirmedUser, lastMail, uniqueEmail, userClient } from "./clients.ts";

// No resend window, so a test can ask twice in a row; secure password changes on.
const stack = stackForThisFile({ config: { auth: { email: { max_frequency: 0, secure_password_change: true } } } });

describe("POST /resend", () => {
  it("mails the sign-up confirmation again, with a new code", async () => {
    const email = uniqueEmail("resend");
    await userClient(stack).auth.signUp({ email, password: "correct-horse-1" });
    const first = codeIn(lastMail(stack, email, "signup"));
    const { data, error } = await userClient(stack).auth.resend({ type: "signup", email });
    expect(error).toBeNull();
    expect(data).toMatchObject({ user: null, session: null });
    expect(stack.mailbox.list(email).filter((mail) => mail.tags.includes("auth:signup"))).toHaveLength(2);
    const second = codeIn(lastMail(stack, email, "signup"));
    expect((await userClient(stack).auth.verifyOtp({ email, token: first, type: "signup" })).error).toMatchObject({
      status: 403,
      code: "otp_expired",
    });
    expect((await userClient(stack).auth.verifyOtp({ email, token: second, type: "signup" })).error).toBeNull();
  });

  it("mails a pending email change again, and nothing for unknown or settled addresses", async () => {
    const { email, password } = await confirmedUser(stack, "resend-change");
    const supabase = userClient(stack);
    await supabase.auth.signInWithPassword({ email, password });
    const newEmail = uniqueEmail("resend-new");
    await supabase.auth.updateUser({ email: newEmail });
    expect((await userClient(stack).auth.resend({ type: "email_change", email })).error).toBeNull();
    expect(stack.mailbox.list(newEmail).filter((mail) => mail.tags.includes("auth:email_change"))).toHaveLength(2);

    const before = stack.mailbox.list().length;
    expect((await userClient(stack).auth.resend({ type: "signup", email: uniqueEmail("ghost") })).error).toBeNull();
    expect((await userClient(stack).auth.resend({ type: "signup", email })).error).toBeNull();
    expect(stack.mailbox.list().length).toBe(before);
  });

  it("validates the type and the address as GoTrue does", async () => {
    const response = await fetch(`${stack.apiUrl}/auth/v1/resend`, {
      method: "POST",
      headers: { apikey: stack.anonKey, "content-type": "application/json", "x-supabase-api-version": "2024-01-01" },
      body: JSON.stringify({ type: "recovery", email: "x@example.com" }),
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: "validation_failed" });
    const phone = await userClient(stack).auth.resend({ type: "sms", phone: "+5511999990000" });
    expect(phone.error).toMatchObject({ status: 400, code: "phone_provider_disabled" });
  });
});

describe("reauthentication and secure_password_change", () => {
  it("lets a fresh session change the password, and asks an older one for the mailed nonce", async () => {
    const { email, password, id } = await confirmedUser(stack, "reauth");
    const supabase = userClient(stack);
    await supabase.auth.signInWithPassword({ email, password });
    // Signed in moments ago: GoTrue accepts the change without a nonce for 24 hours.
    expect((await supabase.auth.updateUser({ password: "fresh-session-pass-2" })).error).toBeNull();

    await stack.sql`update auth.sessions set created_at = now() - interval '25 hours' where user_id = ${id}`;
    const needed = await supabase.auth.updateUser({ password: "older-session-pass-3" });
    expect(needed.error).toMatchObject({ status: 400, code: "reauthentication_needed" });

    expect((await supabase.auth.reauthenticate()).error).toBeNull();
    const nonce = /Enter the code: (\d{6})/.exec(lastMail(stack, email, "reauthentication").text ?? "")?.[1] ?? "";
    const wrong = await supabase.auth.updateUser({ password: "older-session-pass-3", nonce: "000000" });
    expect(wrong.error).toMatchObject({ status: 422, code: "reauthentication_not_valid" });
    expect((await supabase.auth.updateUser({ password: "older-session-pass-3", nonce })).error).toBeNull();
    const again = await supabase.auth.updateUser({ password: "older-session-pass-4", nonce });
    expect(again.error).toMatchObject({ code: "reauthentication_not_valid" });
    expect(
      (await userClient(stack).auth.signInWithPassword({ email, password: "older-session-pass-3" })).error,
    ).toBeNull();
  });
});
