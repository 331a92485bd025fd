"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { verifyEmailCodeSchema } from "../auth-form-schemas";
import { authActionError } from "../map-auth-error";

export const verifyEmailCode = defineAction(verifyEmailCodeSchema, async ({ email, token, next }) => {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.verifyOtp({ email, token, type: "email" });
  if (error) throw authActionError(error);
  redirect(next);
});
