import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { adminClient, userClient } from "./clients.ts";

const stack = stackForThisFile({
  config: {
    auth: {
      sms: {
        enable_signup: true,
        enable_confirmations: true,
        max_frequency: 0,
        test_otp: { "5511900000001": "123456" },
      },
    },
  },
});

/** The code texted to a number (the local mailbox stands in for SMS). */
function smsCode(phone: string): string {
  const text = stack.mailbox.list(`${phone.replace(/^\+/, "")}@sms.local`)[0]?.text ?? "";
  const code = /Your code is (\d{6})/.exec(text)?.[1];
  if (!code) throw new Error(`no SMS to ${phone}`);
  return code;
}

describe("phone sign-up, sign-in and codes", () => {
  it("signs up with a phone and password, confirms by SMS code, then signs in with the password", async () => {
    const phone = "+5511987650001";
    const signUp = await userClient(stack).auth.signUp({ phone, password: "phone-pass-123" });
    expect(signUp.error).toBeNull();
    expect(signUp.data.session).toBeNull();
    expect(signUp.data.user).toMatchObject({ phone: "5511987650001" });
    const early = await userClient(stack).auth.signInWithPassword({ phone, password: "phone-pass-123" });
    expect(early.error).toMatchObject({ status: 400, code: "phone_not_confirmed" });

    const wrong = await userClient(stack).auth.verifyOtp({ phone, token: "000000", type: "sms" });
    expect(wrong.error).toMatchObject({ status: 403, code: "otp_expired", message: "Token has expired or is invalid" });
    const verified = await userClient(stack).auth.verifyOtp({ phone, token: smsCode(phone), type: "sms" });
    expect(verified.error).toBeNull();
    expect(verified.data.user?.phone_confirmed_at).toEqual(expect.any(String));
    const signIn = await userClient(stack).auth.signInWithPassword({ phone, password: "phone-pass-123" });
    expect(signIn.error).toBeNull();
  });

  it("signs in by SMS code, with [auth.sms.test_otp] numbers taking their fixed code", async () => {
    const { data, error } = await userClient(stack).auth.signInWithOtp({ phone: "+5511900000001" });
    expect(error).toBeNull();
    expect(data).toMatchObject({ user: null, session: null });
    const verified = await userClient(stack).auth.verifyOtp({ phone: "+5511900000001", token: "123456", type: "sms" });
    expect(verified.error).toBeNull();
    expect(verified.data.session?.user.phone).toBe("5511900000001");

    const unknown = await userClient(stack).auth.signInWithOtp({
      phone: "+5511900000002",
      options: { shouldCreateUser: false },
    });
    expect(unknown.error).toMatchObject({ status: 422, code: "otp_disabled" });
    const whatsapp = await userClient(stack).auth.signInWithOtp({
      phone: "+5511900000003",
      options: { channel: "whatsapp" },
    });
    expect(whatsapp.error).toMatchObject({ status: 400, code: "validation_failed" });
    const malformed = await userClient(stack).auth.verifyOtp({ phone: "+0 not a phone", token: "123456", type: "sms" });
    expect(malformed.error).toMatchObject({ status: 400, message: "Invalid phone number format (E.164 required)" });
  });

  it("resends the code, and changes the number with a phone_change code", async () => {
    const phone = "+5511987650002";
    await userClient(stack).auth.signUp({ phone, password: "phone-pass-123" });
    expect((await userClient(stack).auth.resend({ type: "sms", phone })).error).toBeNull();
    expect(stack.mailbox.list("5511987650002@sms.local")).toHaveLength(2);
    const supabase = userClient(stack);
    await supabase.auth.verifyOtp({ phone, token: smsCode(phone), type: "sms" });

    const next = "+5511987650003";
    expect((await supabase.auth.updateUser({ phone: next })).error).toBeNull();
    const changed = await supabase.auth.verifyOtp({ phone: next, token: smsCode(next), type: "phone_change" });
    expect(changed.error).toBeNull();
    expect(changed.data.user?.phone).toBe("5511987650003");
  });

  it("creates confirmed phone users through the admin API", async () => {
    const { data, error } = await adminClient(stack).auth.admin.createUser({
      phone: "+5511987650009",
      password: "phone-pass-123",
      phone_confirm: true,
    });
    expect(error).toBeNull();
    expect(data.user).toMatchObject({
      phone: "5511987650009",
      identities: [expect.objectContaining({ provider: "phone" })],
    });
    const signIn = await userClient(stack).auth.signInWithPassword({
      phone: "+5511987650009",
      password: "phone-pass-123",
    });
    expect(signIn.error).toBeNull();
  });
});
