import "server-only";
import { inArray } from "drizzle-orm";
import { supportTickets } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Assigns tickets (one or many) to a staff member, or to nobody; all or none, in one statement. Row-level
 * security lets staff update any client's ticket; the foreign key admits only staff as assignees.
 */
export async function assignTickets(db: RequestDb, ticketIds: string[], assigneeId: string | null): Promise<number> {
  const updated = await db((tx) =>
    tx
      .update(supportTickets)
      .set({ assigneeId })
      .where(inArray(supportTickets.id, ticketIds))
      .returning({ id: supportTickets.id }),
  );
  return updated.length;
}
