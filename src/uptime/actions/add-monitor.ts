"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { addMonitorSchema } from "../monitor-schema";
import { addMonitor as insertMonitor } from "../mutations/add-monitor";

/** "Add monitor": owners and admins; the uptime job checks it from its next minute at the plan's interval. */
export const addMonitor = defineWorkspaceAction(
  addMonitorSchema,
  async (input, { db, organization }) => {
    const added = await insertMonitor(db, organization.id, input);
    revalidatePath(`/app/${organization.slug}/uptime`);
    return added;
  },
  { manage: true },
);
