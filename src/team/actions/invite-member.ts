"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { announceQueuedEmail } from "../announce-queued-email";
import { createInvitation } from "../mutations/create-invitation";
import { invitationFormSchema } from "../team-form-schemas";
import { rolesInvitableBy } from "../team-roles";

/** "Invite by email": owners invite admins and members, admins invite members; the email goes out at once. */
export const inviteMember = defineWorkspaceAction(
  invitationFormSchema,
  async (input, { db, organization, role }) => {
    if (!rolesInvitableBy(role).includes(input.role)) throw new AppError("owner_only");
    const invitation = await createInvitation(db, organization.id, input);
    await announceQueuedEmail();
    revalidatePath(`/app/${organization.slug}/team`);
    return { email: invitation.email };
  },
  { manage: true },
);
