"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineAction } from "../../actions/define-action";
import { requireUser } from "../../auth/get-verified-user";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { mfaActionError } from "../map-mfa-error";
import { removeFactorSchema } from "../schemas";

/** Removes one of the user's factors (Supabase Auth asks for an aal2 session to remove a verified one). */
export const removeFactor = defineAction(removeFactorSchema, async ({ factorId }) => {
  await requireUser("/account/security");
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.mfa.unenroll({ factorId });
  if (error) throw mfaActionError(error);
  revalidatePath("/account/security");
  return { removed: true };
});
