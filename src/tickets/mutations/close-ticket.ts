import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { supportTickets } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Closes a ticket of the organization. Row-level security lets its creator and the organization's owners and
 * admins change it: another member matches no row, which is `forbidden` since they can see the ticket. Closing
 * a closed ticket changes nothing.
 */
export async function closeTicket(db: RequestDb, orgId: string, ticketId: string): Promise<void> {
  await db(async (tx) => {
    const where = and(eq(supportTickets.id, ticketId), eq(supportTickets.orgId, orgId));
    const [ticket] = await tx.select({ status: supportTickets.status }).from(supportTickets).where(where).limit(1);
    if (!ticket) throw new AppError("not_found");
    if (ticket.status === "closed") return;
    const updated = await tx
      .update(supportTickets)
      .set({ status: "closed" })
      .where(where)
      .returning({ id: supportTickets.id });
    if (updated.length === 0) throw new AppError("forbidden");
  });
}
