"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { removeMember as deleteMembership } from "../mutations/remove-member";
import { memberSchema } from "../team-form-schemas";

/** Owners remove anyone but the last owner; admins remove plain members. */
export const removeMember = defineWorkspaceAction(
  memberSchema,
  async ({ userId }, { db, organization }) => {
    await deleteMembership(db, organization.id, userId);
    revalidatePath(`/app/${organization.slug}/team`);
    return { userId };
  },
  { manage: true },
);
