"use server";

import "server-only";
import { z } from "zod";
import { defineAction } from "@/src/actions/define-action";
import { requireUser } from "@/src/auth/get-verified-user";
import { getRequestIdentity } from "@/src/workspace/request-db";
import { invitationPath, invitationTokenSchema } from "../invitation-token";
import { declineInvitation as turnDown } from "../mutations/decline-invitation";

/** The invitee, signed in with the invited address, turns the invitation down; the page then says so. */
export const declineInvitation = defineAction(z.object({ token: invitationTokenSchema }), async ({ token }) => {
  const user = await requireUser(invitationPath(token));
  const { db } = await getRequestIdentity(user);
  await turnDown(db, token);
  return { declined: true as const };
});
