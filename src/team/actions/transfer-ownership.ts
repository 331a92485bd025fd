"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { actingUserId } from "../acting-user";
import { transferOwnership as handOver } from "../mutations/transfer-ownership";
import { memberSchema } from "../team-form-schemas";

/** The owner hands the organization to an admin and stays on as an admin. */
export const transferOwnership = defineWorkspaceAction(
  memberSchema,
  async ({ userId }, workspace) => {
    if (workspace.role !== "owner") throw new AppError("owner_only");
    await handOver(workspace.db, workspace.organization.id, { from: actingUserId(workspace), to: userId });
    revalidatePath(`/app/${workspace.organization.slug}`, "layout");
    return { userId };
  },
  { manage: true },
);
