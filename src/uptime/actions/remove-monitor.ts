"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { AppError } from "@/src/errors/app-error";
import { monitorIdSchema } from "../monitor-schema";
import { removeMonitor as deleteMonitor } from "../mutations/remove-monitor";

/** "Remove" on a monitor: owners and admins; the history of its checks and incidents stays. */
export const removeMonitor = defineWorkspaceAction(
  monitorIdSchema,
  async ({ id }, { db, organization }) => {
    if (!(await deleteMonitor(db, organization.id, id))) throw new AppError("not_found");
    revalidatePath(`/app/${organization.slug}/uptime`);
    return { id };
  },
  { manage: true },
);
