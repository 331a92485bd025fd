"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { announceQueuedEmail } from "../announce-queued-email";
import { resendInvitation as replaceInvitation } from "../mutations/resend-invitation";
import { invitationIdSchema } from "../team-form-schemas";

/** "Resend": the old link stops working and a new invitation, with a new link and expiry, is emailed. */
export const resendInvitation = defineWorkspaceAction(
  invitationIdSchema,
  async ({ id }, { db, organization }) => {
    const invitation = await replaceInvitation(db, organization.id, id);
    await announceQueuedEmail();
    revalidatePath(`/app/${organization.slug}/team`);
    return { email: invitation.email };
  },
  { manage: true },
);
