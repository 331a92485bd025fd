import "server-only";
import { eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { supportTickets } from "@/src/db/schema";
import type { TicketStatus } from "@/src/tickets/ticket-status";
import type { RequestDb } from "@/src/workspace/request-db";

/** The agency moves a ticket along (the database stamps or clears resolved_at and queues the resolution email). */
export async function changeTicketStatus(db: RequestDb, ticketId: string, status: TicketStatus): Promise<void> {
  const updated = await db((tx) =>
    tx
      .update(supportTickets)
      .set({ status })
      .where(eq(supportTickets.id, ticketId))
      .returning({ id: supportTickets.id }),
  );
  if (updated.length === 0) throw new AppError("not_found");
}
