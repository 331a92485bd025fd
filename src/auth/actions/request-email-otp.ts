"use server";

import "server-only";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { authCallbackUrl } from "../auth-redirect-url";
import { emailOtpSchema } from "../auth-form-schemas";
import { rememberLinkRequest } from "../link-request-cookie";
import { authActionError } from "../map-auth-error";

/**
 * Emails a magic link and a 6-digit code (one message carries both). Unknown addresses get an account, as
 * passwordless sign-up and sign-in are the same flow; this also means the answer never reveals whether an
 * address is registered.
 */
export const requestEmailOtp = defineAction(emailOtpSchema, async ({ email, next, analysisId, captchaToken }) => {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.signInWithOtp({
    email,
    // Metadata only applies when this creates the account (a sign-up), never to an existing user.
    options: {
      emailRedirectTo: await authCallbackUrl(next),
      data: analysisId ? { analysis_id: analysisId } : undefined,
      captchaToken,
    },
  });
  if (error) throw authActionError(error);
  await rememberLinkRequest(email);
  return { email };
});
