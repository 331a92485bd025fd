import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { TicketListSearch } from "../ticket-list-search";
import { ticketStatuses, type TicketPriority, type TicketStatus } from "../ticket-status";

export const TICKETS_PER_PAGE = 20;

export interface TicketSummary {
  id: string;
  number: number;
  subject: string;
  priority: TicketPriority;
  status: TicketStatus;
  projectId: string | null;
  projectName: string | null;
  slaHours: number | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
  createdAt: Date;
  /** The latest message the reader can see, else the ticket's creation. */
  lastActivityAt: Date;
  /** Messages the reader can see (internal notes never count). */
  messageCount: number;
}

export interface TicketList {
  tickets: TicketSummary[];
  /** Tickets per status under the other filters (priority, project, search), for the status filter's counts. */
  counts: Record<TicketStatus, number>;
  /** Tickets matching every filter, across pages. */
  matching: number;
  /** Every ticket of the organization, whatever the filters: zero means there is nothing to filter yet. */
  total: number;
  page: number;
  pages: number;
}

type Row = {
  tickets: Array<{
    id: string;
    number: number;
    subject: string;
    priority: TicketPriority;
    status: TicketStatus;
    projectId: string | null;
    projectName: string | null;
    slaHours: number | null;
    firstResponseAt: string | null;
    resolvedAt: string | null;
    createdAt: string;
    lastActivityAt: string;
    messageCount: number;
  }>;
  counts: Partial<Record<TicketStatus, number>>;
  matching: number;
  total: number;
};

/** `%`, `_` and `\` in a search are literal characters, not patterns. */
const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, "\\$&")}%`;

/**
 * The organization's tickets matching `search`, one page of them: unfinished ones first, then by latest
 * activity. With them, the count per status under the other filters and the totals, in one statement. Internal
 * notes are invisible to clients (row-level security), so they neither count nor move the latest activity.
 */
export async function getTickets(db: RequestDb, orgId: string, search: TicketListSearch = {}): Promise<TicketList> {
  const page = search.page ?? 1;
  const others = sql`t.org_id = ${orgId}
    and (${search.priority ?? null}::text is null or t.priority = ${search.priority ?? null}::text)
    and (${search.project ?? null}::uuid is null or t.project_id = ${search.project ?? null}::uuid)
    and (${search.q ?? null}::text is null or t.subject ilike ${search.q ? likePattern(search.q) : null}::text)`;
  const matches = sql`${others} and (${search.status ?? null}::text is null or t.status = ${search.status ?? null}::text)`;
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      with listed as (
        select t.id, t.number, t.subject, t.priority, t.status, t.project_id, p.name as project_name, t.sla_hours,
          t.first_response_at, t.resolved_at, t.created_at,
          coalesce(m.last_at, t.created_at) as last_activity_at, coalesce(m.n, 0) as message_count
        from public.support_tickets t
        left join public.projects p on p.id = t.project_id and p.org_id = t.org_id
        left join lateral (
          select max(tm.created_at) as last_at, count(*)::int as n
          from public.ticket_messages tm
          where tm.ticket_id = t.id and tm.org_id = t.org_id and not tm.is_internal
        ) m on true
        where ${matches}
        order by t.status in ('resolved', 'closed'), coalesce(m.last_at, t.created_at) desc, t.number desc
        limit ${TICKETS_PER_PAGE} offset ${(page - 1) * TICKETS_PER_PAGE}
      )
      select
        coalesce((select jsonb_agg(jsonb_build_object('id', l.id, 'number', l.number, 'subject', l.subject,
            'priority', l.priority, 'status', l.status, 'projectId', l.project_id, 'projectName', l.project_name,
            'slaHours', l.sla_hours, 'firstResponseAt', l.first_response_at, 'resolvedAt', l.resolved_at,
            'createdAt', l.created_at, 'lastActivityAt', l.last_activity_at, 'messageCount', l.message_count)
            order by l.status in ('resolved', 'closed'), l.last_activity_at desc, l.number desc)
          from listed l), '[]'::jsonb) as tickets,
        coalesce((select jsonb_object_agg(s.status, s.n) from (
            select t.status, count(*)::int as n from public.support_tickets t where ${others} group by t.status) s),
          '{}'::jsonb) as counts,
        (select count(*)::int from public.support_tickets t where ${matches}) as matching,
        (select count(*)::int from public.support_tickets t where t.org_id = ${orgId}) as total`),
  );
  const counts = Object.fromEntries(ticketStatuses.map((key) => [key, row?.counts[key] ?? 0])) as Record<
    TicketStatus,
    number
  >;
  const date = (value: string | null) => (value === null ? null : new Date(value));
  const matching = row?.matching ?? 0;
  return {
    tickets: (row?.tickets ?? []).map((t) => ({
      ...t,
      firstResponseAt: date(t.firstResponseAt),
      resolvedAt: date(t.resolvedAt),
      createdAt: new Date(t.createdAt),
      lastActivityAt: new Date(t.lastActivityAt),
    })),
    counts,
    matching,
    total: row?.total ?? 0,
    page,
    pages: Math.max(1, Math.ceil(matching / TICKETS_PER_PAGE)),
  };
}
