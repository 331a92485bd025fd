import "server-only";
import { sql } from "drizzle-orm";
import type { TicketAttachment } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * One attachment of a message on a ticket, by its position, as the reader may see it: row-level security hides
 * other organizations' messages and internal notes, so anything else is null (and the route a 404).
 */
export async function getMessageAttachment(
  db: RequestDb,
  where: { orgId: string; ticketId: string; messageId: string; index: number },
): Promise<TicketAttachment | null> {
  const [row] = await db((tx) =>
    tx.execute<{ attachment: TicketAttachment | null }>(sql`
      select m.attachments -> ${where.index}::int as attachment
      from public.ticket_messages m
      where m.id = ${where.messageId} and m.ticket_id = ${where.ticketId} and m.org_id = ${where.orgId}
        and not m.is_internal`),
  );
  return row?.attachment ?? null;
}
