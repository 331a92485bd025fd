"use server";

import "server-only";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { authCallbackUrl } from "../auth-redirect-url";
import { passwordResetRequestSchema } from "../auth-form-schemas";
import { rememberLinkRequest } from "../link-request-cookie";
import { authActionError } from "../map-auth-error";

/** Emails a recovery link that signs the user in and lands on /reset-password to choose a new password. */
export const requestPasswordReset = defineAction(passwordResetRequestSchema, async ({ email, captchaToken }) => {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.resetPasswordForEmail(email, {
    redirectTo: await authCallbackUrl("/reset-password"),
    captchaToken,
  });
  if (error) throw authActionError(error);
  await rememberLinkRequest(email);
  return { email };
});
