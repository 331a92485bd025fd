"use server";

import "server-only";
import { AppError } from "@/src/errors/app-error";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { newPasswordSchema } from "../auth-form-schemas";
import { getVerifiedUser } from "../get-verified-user";
import { authActionError } from "../map-auth-error";

/** Sets a new password for the signed-in user (after following a recovery link, or from account settings). */
export const updatePassword = defineAction(newPasswordSchema, async ({ password }) => {
  if (!(await getVerifiedUser())) throw new AppError("session_expired");
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.updateUser({ password });
  if (error) throw authActionError(error);
  return { updated: true };
});
