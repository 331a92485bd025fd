import { describe, expect, it } from "vitest";
import { stackForThisFile } from "../../support/stack.ts";
import { adminClient, uniqueEmail, userClient } from "./clients.ts";

const stack = stackForThisFile({
  config: { auth: { rate_limit: { token_refresh: 5, token_verifications: 3, email_sent: 2 } } },
});

describe("rate limits from config.auth.rate_limit", () => {
  it("limits /token per IP to token_refresh requests per 5 minutes", async () => {
    const supabase = userClient(stack);
    for (let i = 0; i < 5; i++) {
      const { error } = await supabase.auth.refreshSession({ refresh_token: `unknown-${i}` });
      expect(error).toMatchObject({ status: 400, code: "refresh_token_not_found" });
    }
    const limited = await supabase.auth.signInWithPassword({ email: uniqueEmail("limited"), password: "whatever-123" });
    expect(limited.error).toMatchObject({
      status: 429,
      code: "over_request_rate_limit",
      message: "Request rate limit reached",
    });
  });

  it("limits /verify separately with token_verifications", async () => {
    const supabase = userClient(stack);
    for (let i = 0; i < 3; i++) {
      const { error } = await supabase.auth.verifyOtp({ email: "someone@example.com", token: "000000", type: "email" });
      expect(error).toMatchObject({ status: 403, code: "otp_expired" });
    }
    const { error } = await supabase.auth.verifyOtp({ email: "someone@example.com", token: "000000", type: "email" });
    expect(error).toMatchObject({ status: 429, code: "over_request_rate_limit" });
  });

  it("caps auth emails per hour across all users with email_sent", async () => {
    const supabase = userClient(stack);
    expect((await supabase.auth.signInWithOtp({ email: uniqueEmail("quota-1") })).error).toBeNull();
    expect((await supabase.auth.signInWithOtp({ email: uniqueEmail("quota-2") })).error).toBeNull();
    const third = await supabase.auth.signInWithOtp({ email: uniqueEmail("quota-3") });
    expect(third.error).toMatchObject({
      status: 429,
      code: "over_email_send_rate_limit",
      message: "Email rate limit exceeded",
    });
  });

  it("does not limit the admin API", async () => {
    for (let i = 0; i < 8; i++) {
      const { error } = await adminClient(stack).auth.admin.listUsers({ page: 1, perPage: 1 });
      expect(error).toBeNull();
    }
  });
});
