"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineAction } from "../../actions/define-action";
import { requireUser } from "../../auth/get-verified-user";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { mfaActionError } from "../map-mfa-error";
import { confirmTotpSchema } from "../schemas";

/**
 * Confirms a new authenticator app with its first code. Supabase Auth then marks the factor verified and
 * the session aal2, so a staff member sent here by /admin can go straight on to `next`.
 */
export const confirmTotpFactor = defineAction(confirmTotpSchema, async ({ factorId, code, next }) => {
  await requireUser("/account/security");
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.mfa.challengeAndVerify({ factorId, code });
  if (error) throw mfaActionError(error);
  revalidatePath("/account/security");
  if (next) redirect(next);
  return { confirmed: true };
});
