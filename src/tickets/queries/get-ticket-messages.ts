import "server-only";
import { sql } from "drizzle-orm";
import type { TicketAttachment } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface TicketMessage {
  id: string;
  body: string;
  createdAt: Date;
  authorId: string | null;
  /** Null when the reader may not see the author's profile (the agency's people) or it has no name. */
  authorName: string | null;
  /** Written by the agency rather than by someone of the organization. */
  fromAgency: boolean;
  attachments: TicketAttachment[];
  /** A staff-only note (returned only when the agency's queue asks for them). */
  internal: boolean;
}

type Row = {
  id: string;
  body: string;
  created_at: string;
  author_id: string | null;
  author_name: string | null;
  from_agency: boolean;
  attachments: TicketAttachment[];
  is_internal: boolean;
};

/**
 * A ticket's conversation, oldest first, without internal notes: row-level security already hides them from
 * clients, and the filter keeps them out should a staff member's own session ever read this. The agency's
 * queue asks for them (`includeInternal`), and row-level security still shows them to staff only.
 *
 * Who wrote what: clients may not read public.staff (nor staff profiles), so a message is the agency's when its
 * author is not a member of the organization — visible to every member through public.memberships. Someone
 * who has since left the organization therefore also reads as the agency; a message whose author was deleted
 * reads as neither.
 */
export async function getTicketMessages(
  db: RequestDb,
  orgId: string,
  ticketId: string,
  options: { includeInternal?: boolean } = {},
): Promise<TicketMessage[]> {
  const includeInternal = options.includeInternal === true;
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      select m.id, m.body, m.created_at, m.author_id, pr.full_name as author_name,
        (m.author_id is not null and not exists (
          select 1 from public.memberships ms where ms.org_id = m.org_id and ms.user_id = m.author_id)) as from_agency,
        m.attachments, m.is_internal
      from public.ticket_messages m
      left join public.profiles pr on pr.id = m.author_id
      where m.ticket_id = ${ticketId} and m.org_id = ${orgId} and (${includeInternal} or not m.is_internal)
      order by m.created_at, m.id`),
  );
  return rows.map((row) => ({
    id: row.id,
    body: row.body,
    createdAt: new Date(row.created_at),
    authorId: row.author_id,
    authorName: row.author_name,
    fromAgency: row.from_agency,
    attachments: row.attachments,
    internal: row.is_internal,
  }));
}
