import "server-only";
import { isAuthRetryableFetchError, isAuthSessionMissingError, type AuthError } from "@supabase/supabase-js";
import { AppError } from "@/src/errors/app-error";
import type { AppErrorCode } from "@/src/errors/app-error";

/** Supabase Auth error codes the user can act on; everything else is reported as unexpected. */
const userFacingCodes: Partial<Record<string, AppErrorCode>> = {
  invalid_credentials: "invalid_credentials",
  email_not_confirmed: "email_not_confirmed",
  otp_expired: "code_invalid",
  over_email_send_rate_limit: "rate_limited",
  over_request_rate_limit: "rate_limited",
  weak_password: "weak_password",
  same_password: "same_password",
  user_already_exists: "email_taken",
  email_exists: "email_taken",
  sso_provider_not_found: "sso_not_configured",
  provider_disabled: "provider_disabled",
  email_provider_disabled: "provider_disabled",
  signup_disabled: "provider_disabled",
  session_not_found: "session_expired",
  flow_state_not_found: "link_invalid",
  flow_state_expired: "link_invalid",
  bad_code_verifier: "link_invalid",
  // With CAPTCHA protection on, a missing, used or forged token (the widget starts over for the next try).
  captcha_failed: "captcha_failed",
};

export function authActionError(error: AuthError): AppError {
  if (isAuthRetryableFetchError(error)) return new AppError("auth_unavailable", { detail: error.message });
  if (isAuthSessionMissingError(error)) return new AppError("session_expired");
  const code = error.code ? userFacingCodes[error.code] : undefined;
  return new AppError(code ?? "unexpected", {
    detail: `${error.name} ${error.status ?? ""} ${error.code ?? ""}: ${error.message}`,
  });
}
