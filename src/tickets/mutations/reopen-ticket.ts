import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { supportTickets } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import { reopenWindow } from "../reopen-window";

/**
 * Reopens a resolved or closed ticket of the organization, within 14 days of its resolution; later, the
 * client opens a new ticket instead (`reopen_expired`). Who may reopen is who may close (creator, owners,
 * admins: row-level security), and the database allows a client no other change. Reopening a ticket that is
 * not finished changes nothing.
 */
export async function reopenTicket(db: RequestDb, orgId: string, ticketId: string, now = new Date()): Promise<void> {
  await db(async (tx) => {
    const where = and(eq(supportTickets.id, ticketId), eq(supportTickets.orgId, orgId));
    const [ticket] = await tx
      .select({ status: supportTickets.status, resolvedAt: supportTickets.resolvedAt })
      .from(supportTickets)
      .where(where)
      .limit(1);
    if (!ticket) throw new AppError("not_found");
    const window = reopenWindow(ticket, now);
    if (!window.applies) return;
    if (!window.open) throw new AppError("reopen_expired");
    const updated = await tx
      .update(supportTickets)
      .set({ status: "open" })
      .where(where)
      .returning({ id: supportTickets.id });
    if (updated.length === 0) throw new AppError("forbidden");
  });
}
