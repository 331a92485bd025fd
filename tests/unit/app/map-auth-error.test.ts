import { AuthApiError, AuthRetryableFetchError, AuthSessionMissingError } from "@supabase/supabase-js";
import { describe, expect, it } from "vitest";
import { authActionError } from "../../../src/auth/map-auth-error";

describe("authActionError", () => {
  it.each([
    ["invalid_credentials", 400, "invalid_credentials"],
    ["otp_expired", 403, "code_invalid"],
    ["over_email_send_rate_limit", 429, "rate_limited"],
    ["weak_password", 422, "weak_password"],
    ["sso_provider_not_found", 404, "sso_not_configured"],
    ["flow_state_expired", 422, "link_invalid"],
  ] as const)("maps Supabase's %s to %s", (supabaseCode, status, expected) => {
    expect(authActionError(new AuthApiError("server text", status, supabaseCode)).code).toBe(expected);
  });

  it("reports an unreachable auth server as unavailable", () => {
    expect(authActionError(new AuthRetryableFetchError("fetch failed", 0)).code).toBe("auth_unavailable");
  });

  it("treats a missing session as expired", () => {
    expect(authActionError(new AuthSessionMissingError()).code).toBe("session_expired");
  });

  it("hides anything else behind a generic code, keeping the detail for the server log", () => {
    const error = authActionError(new AuthApiError("database exploded", 500, "unexpected_failure"));
    expect(error.code).toBe("unexpected");
    expect(error.message).toContain("database exploded");
  });
});
