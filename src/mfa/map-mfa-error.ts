import "server-only";
import type { AuthError } from "@supabase/supabase-js";
import { authActionError } from "../auth/map-auth-error";
import { AppError, type AppErrorCode } from "../errors/app-error";

/** Supabase Auth's MFA refusals the user can act on; the rest go through the general auth mapping. */
const mfaCodes: Partial<Record<string, AppErrorCode>> = {
  mfa_verification_failed: "code_invalid",
  mfa_challenge_expired: "code_invalid",
  mfa_factor_not_found: "not_found",
  mfa_factor_name_conflict: "conflict",
  too_many_enrolled_mfa_factors: "conflict",
  insufficient_aal: "forbidden",
};

export function mfaActionError(error: AuthError): AppError {
  const code = error.code ? mfaCodes[error.code] : undefined;
  return code ? new AppError(code, { detail: `${error.code}: ${error.message}` }) : authActionError(error);
}
