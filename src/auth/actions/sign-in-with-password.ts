"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { passwordSignInSchema } from "../auth-form-schemas";
import { authActionError } from "../map-auth-error";

export const signInWithPassword = defineAction(
  passwordSignInSchema,
  async ({ email, password, next, captchaToken }) => {
    const supabase = await createSupabaseServerClient();
    // Supabase Auth's CAPTCHA protection covers password sign-in too.
    const { error } = await supabase.auth.signInWithPassword({ email, password, options: { captchaToken } });
    if (error) throw authActionError(error);
    redirect(next);
  },
);
