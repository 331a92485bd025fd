"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineAction } from "@/src/actions/define-action";
import { requireUser } from "@/src/auth/get-verified-user";
import { getRequestIdentity } from "@/src/workspace/request-db";
import { invitationPath, invitationTokenSchema } from "../invitation-token";
import { acceptInvitation as joinByInvitation } from "../mutations/accept-invitation";

/** The invitee, signed in with the invited address, joins and lands on the organization's overview. */
export const acceptInvitation = defineAction(z.object({ token: invitationTokenSchema }), async ({ token }) => {
  const user = await requireUser(invitationPath(token));
  const { db } = await getRequestIdentity(user);
  const { slug } = await joinByInvitation(db, token);
  revalidatePath("/app", "layout");
  redirect(`/app/${slug}`);
});
