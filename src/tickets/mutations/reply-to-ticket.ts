import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { supportTickets, ticketMessages } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { attachmentRows, type MessageAttachment } from "../ticket-form-schema";
import { isTicketFinished } from "../ticket-status";

/**
 * Adds the request's user's reply to a ticket of the organization. A resolved or closed ticket takes no reply
 * (`ticket_closed`): the client reopens it first, so the agency's queue sees it again. A ticket waiting on the
 * client takes one, of course; its status is the agency's to move on. The agency's queue also adds internal notes
 * (`internal`), which row-level security admits from staff only and which may go on a finished ticket.
 * Attachments are the author's own uploads, which the database describes from the stored objects.
 */
export async function replyToTicket(
  db: RequestDb,
  orgId: string,
  ticketId: string,
  body: string,
  options: { internal?: boolean; attachments?: MessageAttachment[] } = {},
): Promise<{ id: string }> {
  const internal = options.internal === true;
  return db(async (tx) => {
    const [ticket] = await tx
      .select({ status: supportTickets.status })
      .from(supportTickets)
      .where(and(eq(supportTickets.id, ticketId), eq(supportTickets.orgId, orgId)))
      .limit(1);
    if (!ticket) throw new AppError("not_found");
    if (!internal && isTicketFinished(ticket.status)) throw new AppError("ticket_closed");
    const [message] = await tx
      .insert(ticketMessages)
      .values({ ticketId, orgId, body, isInternal: internal, attachments: attachmentRows(options.attachments ?? []) })
      .returning({ id: ticketMessages.id });
    if (!message) throw new Error("insert into ticket_messages returned no row");
    return message;
  });
}
