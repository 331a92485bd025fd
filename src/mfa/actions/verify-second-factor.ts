"use server";

import "server-only";
import { redirect } from "next/navigation";
import { defineAction } from "../../actions/define-action";
import { AppError } from "../../errors/app-error";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { mfaActionError } from "../map-mfa-error";
import { secondStepSchema } from "../schemas";

/** The second sign-in step: the code of the user's authenticator app makes the session aal2. */
export const verifySecondFactor = defineAction(secondStepSchema, async ({ code, next }) => {
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.auth.mfa.listFactors();
  if (error) throw mfaActionError(error);
  const factor = data.totp[0];
  if (!factor) throw new AppError("not_found", { detail: "no verified TOTP factor" });
  const verified = await supabase.auth.mfa.challengeAndVerify({ factorId: factor.id, code });
  if (verified.error) throw mfaActionError(verified.error);
  redirect(next);
});
