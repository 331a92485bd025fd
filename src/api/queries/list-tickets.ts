import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { supportTickets } from "@/src/db/schema";
import type { TicketStatus } from "@/src/tickets/ticket-status";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";

/** The organization's support tickets, newest first, optionally of one status. */
export async function listTickets(db: RequestDb, orgId: string, status: TicketStatus | undefined, page: PageQuery) {
  return db((tx) =>
    tx
      .select()
      .from(supportTickets)
      .where(and(eq(supportTickets.orgId, orgId), status ? eq(supportTickets.status, status) : undefined))
      .orderBy(desc(supportTickets.number))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
}
