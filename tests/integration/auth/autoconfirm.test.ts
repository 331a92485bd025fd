import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { decodeJwt, uniqueEmail, userClient } from "./clients.ts";

const stack = stackForThisFile({ config: { auth: { email: { enable_confirmations: false } } } });

describe("with email confirmations off (auth.email.enable_confirmations = false)", () => {
  it("signs up straight into a session, without any email", async () => {
    const email = uniqueEmail("auto");
    const { data, error } = await userClient(stack).auth.signUp({ email, password: "auto-pass-123" });
    expect(error).toBeNull();
    expect(data.session?.user.email).toBe(email);
    expect(data.user?.email_confirmed_at).toEqual(expect.any(String));
    expect(data.user?.user_metadata.email_verified).toBe(true);
    expect(decodeJwt(data.session!.access_token).payload.amr).toEqual([
      { method: "password", timestamp: expect.any(Number) },
    ]);
    expect(stack.mailbox.list(email)).toEqual([]);

    const again = await userClient(stack).auth.signUp({ email, password: "auto-pass-123" });
    expect(again.error).toMatchObject({ status: 422, code: "user_already_exists", message: "User already registered" });
  });

  it("changes the email immediately on updateUser", async () => {
    const supabase = userClient(stack);
    await supabase.auth.signUp({ email: uniqueEmail("before"), password: "auto-pass-123" });
    const after = uniqueEmail("after");
    const { data, error } = await supabase.auth.updateUser({ email: after });
    expect(error).toBeNull();
    expect(data.user?.email).toBe(after);
    expect(data.user?.new_email).toBeUndefined();
    expect(stack.mailbox.list(after)).toEqual([]);
  });

  it("reports the setting", async () => {
    const settings = await (await fetch(`${stack.apiUrl}/auth/v1/settings`)).json();
    expect(settings).toMatchObject({ mailer_autoconfirm: true });
  });
});
