import "server-only";
import { cache } from "react";
import type { UserClaims } from "../auth/user-claims";
import { createSupabaseServerClient } from "../supabase/server-client";

/**
 * Whether the signed-in user still owes the second step: their session is aal1 but they have a verified
 * factor. The factors come from Supabase Auth (`getUser` asks the server), never from the session cookie's copy
 * of the user, which the browser could edit to skip the step. Sessions that are already aal2 cost nothing.
 * Fails closed: if Auth cannot answer, the user is sent to the second step, which reports the problem.
 */
export const needsSecondFactor = cache(async (claims: UserClaims): Promise<boolean> => {
  if (claims.aal === "aal2") return false;
  const supabase = await createSupabaseServerClient();
  const { data, error } = await supabase.auth.getUser();
  if (error || !data.user) return true;
  return (data.user.factors ?? []).some((factor) => factor.status === "verified");
});
