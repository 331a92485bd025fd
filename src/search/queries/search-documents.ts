import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export type SearchHit = {
  documentId: string;
  orgId: string;
  orgName: string;
  orgSlug: string;
  sourceKind: string;
  sourceRef: string;
  /** The ticket a message belongs to, so the hit links to its conversation. */
  ticketId: string | null;
  title: string;
  passage: string;
  similarity: number;
};

const vectorLiteral = (values: number[]) => `[${values.join(",")}]`;

/**
 * The passages nearest to `embedding`, best first, in one organization or (`orgId` null: the agency's search)
 * in every organization the reader may see, through the security-invoker `match_documents`: row-level
 * security decides which documents exist for the reader (never another organization's, never a staff-only
 * note for a client).
 */
export async function searchDocuments(
  db: RequestDb,
  orgId: string | null,
  embedding: number[],
  limit = 10,
): Promise<SearchHit[]> {
  return db((tx) =>
    tx
      .execute<SearchHit>(
        sql`select m.document_id as "documentId", m.org_id as "orgId", o.name as "orgName", o.slug as "orgSlug",
            m.source_kind as "sourceKind", m.source_ref as "sourceRef", tm.ticket_id as "ticketId", m.title,
            m.passage, m.similarity
          from public.match_documents(${vectorLiteral(embedding)}::extensions.vector, ${limit}, ${orgId}::uuid) m
          join public.organizations o on o.id = m.org_id
          left join public.ticket_messages tm
            on m.source_kind = 'ticket_message' and tm.id = m.source_ref::uuid and tm.org_id = m.org_id
          order by m.similarity desc`,
      )
      .then((rows) => [...rows]),
  );
}
