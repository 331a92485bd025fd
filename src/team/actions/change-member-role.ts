"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { changeMemberRole as setMemberRole } from "../mutations/change-member-role";
import { memberRoleSchema } from "../team-form-schemas";
import { canChangeRoles } from "../team-roles";

/** An owner makes a member an admin, or an admin a member. */
export const changeMemberRole = defineWorkspaceAction(
  memberRoleSchema,
  async ({ userId, role }, { db, organization, role: actorRole }) => {
    if (!canChangeRoles(actorRole)) throw new AppError("owner_only");
    const changed = await setMemberRole(db, organization.id, userId, role);
    revalidatePath(`/app/${organization.slug}/team`);
    return changed;
  },
  { manage: true },
);
