"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { requestInsight as queueInsight } from "../insights/request-insight";

/** Any member asks for an insight now; the plan and its daily allowance are judged by the database. */
export const requestInsight = defineWorkspaceAction(z.object({}), async (_input, { db, organization }) => {
  const queued = await queueInsight(db, organization);
  revalidatePath(`/app/${organization.slug}/insights`);
  return queued;
});
