"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { authCallbackUrl } from "../auth-redirect-url";
import { passwordSignUpSchema } from "../auth-form-schemas";
import { rememberLinkRequest } from "../link-request-cookie";
import { authActionError } from "../map-auth-error";

/**
 * Creates the account and emails a confirmation link. When the project confirms emails automatically a
 * session comes back at once and the user goes straight in. An already registered address gets the same
 * "check your email" answer as a new one (Supabase does not reveal it either).
 */
export const signUpWithPassword = defineAction(
  passwordSignUpSchema,
  async ({ email, password, fullName, next, analysisId, captchaToken }) => {
    const supabase = await createSupabaseServerClient();
    const { data, error } = await supabase.auth.signUp({
      email,
      password,
      options: {
        emailRedirectTo: await authCallbackUrl(next),
        data: { ...(fullName ? { full_name: fullName } : {}), ...(analysisId ? { analysis_id: analysisId } : {}) },
        captchaToken,
      },
    });
    if (error) throw authActionError(error);
    if (data.session) redirect(next);
    await rememberLinkRequest(email);
    return { email };
  },
);
