"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { defineWorkspaceAction } from "@/src/actions/define-action";
import { replyToTicket as addReply } from "../mutations/reply-to-ticket";
import { replySchema } from "../ticket-form-schema";

/** A client's reply on a ticket's page; the page shows it in the conversation once revalidated. */
export const replyToTicket = defineWorkspaceAction(
  replySchema,
  async ({ ticketId, body, attachments }, { db, organization }) => {
    const { id } = await addReply(db, organization.id, ticketId, body, { attachments });
    revalidatePath(`/app/${organization.slug}/tickets`, "layout");
    return { messageId: id };
  },
);
