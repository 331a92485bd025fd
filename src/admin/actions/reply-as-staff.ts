"use server";

import "server-only";
import { revalidatePath } from "next/cache";
import { AppError } from "@/src/errors/app-error";
import { replyToTicket } from "@/src/tickets/mutations/reply-to-ticket";
import { staffReplySchema } from "../admin-form-schemas";
import { defineAdminAction } from "../define-admin-action";
import { getQueueTicket } from "../queries/get-queue-ticket";

/**
 * The agency's reply on a ticket, or an internal note the client never sees. The first public staff reply stops
 * the first-response clock (the database stamps first_response_at).
 */
export const replyAsStaff = defineAdminAction(staffReplySchema, async ({ ticketId, body, internal }, { db }) => {
  const ticket = await getQueueTicket(db, ticketId);
  if (!ticket) throw new AppError("not_found");
  const { id } = await replyToTicket(db, ticket.orgId, ticket.id, body, { internal: internal === "on" });
  revalidatePath("/admin/tickets", "layout");
  return { messageId: id };
});
