"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { authCallbackUrl } from "../auth-redirect-url";
import { ssoSchema } from "../auth-form-schemas";
import { authActionError } from "../map-auth-error";

/** Finds the organization's SAML identity provider by email domain and sends the browser there. */
export const signInWithSso = defineAction(ssoSchema, async ({ domain, next, captchaToken }) => {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.auth.signInWithSSO({
    domain,
    options: { redirectTo: await authCallbackUrl(next), captchaToken },
  });
  if (error) throw authActionError(error);
  redirect(data.url);
});
