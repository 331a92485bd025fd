"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { closeTicket as close } from "../mutations/close-ticket";
import { ticketIdSchema } from "../ticket-form-schema";

/** "Close ticket": its creator, or an owner or admin of the organization, closes it. */
export const closeTicket = defineWorkspaceAction(ticketIdSchema, async ({ ticketId }, { db, organization }) => {
  await close(db, organization.id, ticketId);
  revalidatePath(`/app/${organization.slug}/tickets`, "layout");
  return { status: "closed" as const };
});
