"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { actingUserId } from "../acting-user";
import { leaveOrganization as deleteOwnMembership } from "../mutations/leave-organization";

/** Anyone leaves (the last owner hands ownership over first), and lands on /app, which offers what is left. */
export const leaveOrganization = defineWorkspaceAction(z.object({}), async (_input, workspace) => {
  await deleteOwnMembership(workspace.db, workspace.organization.id, actingUserId(workspace));
  revalidatePath("/app", "layout");
  redirect("/app");
});
