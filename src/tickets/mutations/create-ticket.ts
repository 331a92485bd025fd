import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { projects, supportTickets, ticketMessages } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { attachmentRows, type NewTicketInput } from "../ticket-form-schema";

/**
 * Opens a ticket as the request's user, with its description as the first message, in one transaction: a
 * refused message leaves no ticket without a description, and a refused ticket uses none of the allowance.
 * The database numbers the ticket, stamps the plan's first-response time and counts it against the month
 * (`tier_limit_exceeded:tickets_per_month` past the limit, decided under a lock, so two tabs racing for the
 * last ticket of the month cannot both win). A project must be one of this organization's; attachments must
 * be the author's own uploads, still stored (`attachment_unavailable` otherwise).
 */
export async function createTicket(
  db: RequestDb,
  orgId: string,
  input: Omit<NewTicketInput, "attachments"> & Partial<Pick<NewTicketInput, "attachments">>,
): Promise<{ id: string; number: number }> {
  return db(async (tx) => {
    if (input.projectId) {
      const [project] = await tx
        .select({ id: projects.id })
        .from(projects)
        .where(and(eq(projects.id, input.projectId), eq(projects.orgId, orgId)))
        .limit(1);
      if (!project) throw new AppError("invalid_input", { detail: "project_not_in_organization" });
    }
    const [ticket] = await tx
      .insert(supportTickets)
      .values({ orgId, subject: input.subject, priority: input.priority, projectId: input.projectId ?? null })
      .returning({ id: supportTickets.id, number: supportTickets.number });
    if (!ticket) throw new Error("insert into support_tickets returned no row");
    await tx.insert(ticketMessages).values({
      ticketId: ticket.id,
      orgId,
      body: input.description,
      attachments: attachmentRows(input.attachments ?? []),
    });
    return ticket;
  });
}
