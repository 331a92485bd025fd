"use server";

import "server-only";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { authCallbackUrl } from "../auth-redirect-url";
import { passwordResetRequestSchema } from "../auth-form-schemas";
import { authActionError } from "../map-auth-error";

/** Emails a recovery link that signs the user in and lands on /reset-password to choose a new password. */
export const requestPasswordReset = defineAction(passwordResetRequestSchema, async ({ email }) => {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.resetPasswordForEmail(email, {
    redirectTo: await authCallbackUrl("/reset-password"),
  });
  if (error) throw authActionError(error);
  return { email };
});
