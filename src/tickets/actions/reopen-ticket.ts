"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { reopenTicket as reopen } from "../mutations/reopen-ticket";
import { ticketIdSchema } from "../ticket-form-schema";

/** "Reopen ticket": within 14 days of its resolution, whoever may close it opens it again. */
export const reopenTicket = defineWorkspaceAction(ticketIdSchema, async ({ ticketId }, { db, organization }) => {
  await reopen(db, organization.id, ticketId);
  revalidatePath(`/app/${organization.slug}/tickets`, "layout");
  return { status: "open" as const };
});
