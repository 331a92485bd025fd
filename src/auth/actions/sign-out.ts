"use server";

import "server-only";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "../../actions/define-action";
import { createSupabaseServerClient } from "../../supabase/server-client";
import { authActionError } from "../map-auth-error";

/** Ends this browser's session only ("local"), so signing out here does not sign the user out elsewhere. */
export const signOut = defineAction(z.object({}), async () => {
  const supabase = await createSupabaseServerClient();
  const { error } = await supabase.auth.signOut({ scope: "local" });
  if (error) throw authActionError(error);
  redirect("/");
});
