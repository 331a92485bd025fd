"use server";

import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/src/actions/define-action";
import { authActionError } from "@/src/auth/map-auth-error";
import { createSupabaseServerClient } from "@/src/supabase/server-client";
import { invitationPath, invitationTokenSchema } from "../invitation-token";

/**
 * Signed in with another address than the invited one: ends this browser's session and comes back to the
 * invitation, which then offers to sign in (or up) with the invited address.
 */
export const signOutFromInvitation = defineAction(z.object({ token: invitationTokenSchema }), async ({ token }) => {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.signOut({ scope: "local" });
  if (error) throw authActionError(error);
  redirect(invitationPath(token));
});
