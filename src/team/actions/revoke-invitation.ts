"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { revokeInvitation as withdrawInvitation } from "../mutations/revoke-invitation";
import { invitationIdSchema } from "../team-form-schemas";

/** "Revoke": the invitation's link stops working and its seat is free. */
export const revokeInvitation = defineWorkspaceAction(
  invitationIdSchema,
  async ({ id }, { db, organization }) => {
    const revoked = await withdrawInvitation(db, organization.id, id);
    revalidatePath(`/app/${organization.slug}/team`);
    return revoked;
  },
  { manage: true },
);
