"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { createTicket as openTicket } from "../mutations/create-ticket";
import { newTicketSchema } from "../ticket-form-schema";

/** "New ticket": any member of the organization opens one, then lands on its conversation. */
export const createTicket = defineWorkspaceAction(newTicketSchema, async (input, { db, organization }) => {
  const { id } = await openTicket(db, organization.id, input);
  revalidatePath(`/app/${organization.slug}/tickets`);
  redirect(`/app/${organization.slug}/tickets/${id}`);
});
