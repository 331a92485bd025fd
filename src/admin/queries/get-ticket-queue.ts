import "server-only";
import { sql } from "drizzle-orm";
import type { TicketPriority, TicketStatus } from "@/src/tickets/ticket-status";
import type { RequestDb } from "@/src/workspace/request-db";
import type { TicketQueueSearch } from "../ticket-queue-search";

export const QUEUE_PAGE_SIZE = 50;

export interface QueueTicket {
  id: string;
  number: number;
  subject: string;
  priority: TicketPriority;
  status: TicketStatus;
  orgName: string;
  orgSlug: string;
  tier: string;
  assigneeId: string | null;
  assigneeName: string | null;
  createdAt: Date;
  slaHours: number | null;
  firstResponseAt: Date | null;
  resolvedAt: Date | null;
}

export interface TicketQueue {
  tickets: QueueTicket[];
  total: number;
  page: number;
  pages: number;
}

type Row = {
  id: string;
  number: number;
  subject: string;
  priority: TicketPriority;
  status: TicketStatus;
  org_name: string;
  org_slug: string;
  tier: string;
  assignee_id: string | null;
  assignee_name: string | null;
  created_at: string;
  sla_hours: number | null;
  first_response_at: string | null;
  resolved_at: string | null;
  total: number;
};

/**
 * The ticket queue across clients, as staff read it. Order: tickets still waiting for the agency's first reply
 * by their due time (so the breached ones, past due, come first), then the rest, newest first. The due time
 * uses the hours stamped from the client's plan when the ticket was opened.
 */
export async function getTicketQueue(
  db: RequestDb,
  staffUserId: string,
  search: TicketQueueSearch,
): Promise<TicketQueue> {
  const offset = (search.page - 1) * QUEUE_PAGE_SIZE;
  const status = search.status ?? null;
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      select t.id, t.number, t.subject, t.priority, t.status, o.name as org_name, o.slug as org_slug, o.tier,
        t.assignee_id, ap.full_name as assignee_name, t.created_at, t.sla_hours, t.first_response_at,
        t.resolved_at, count(*) over ()::int as total
      from public.support_tickets t
      join public.organizations o on o.id = t.org_id
      left join public.profiles ap on ap.id = t.assignee_id
      where (case when ${status}::text is null then t.status in ('open', 'in_progress', 'waiting_client')
                  else t.status = ${status} end)
        and (${search.client ?? null}::text is null or o.slug = ${search.client ?? null})
        and (${search.tier ?? null}::text is null or o.tier = ${search.tier ?? null})
        and (${search.view} <> 'mine' or t.assignee_id = ${staffUserId})
        and (${search.view} <> 'unassigned' or t.assignee_id is null)
        and (${search.view} <> 'breached' or (t.first_response_at is null and t.sla_hours is not null
          and t.status in ('open', 'in_progress', 'waiting_client')
          and t.created_at + make_interval(hours => t.sla_hours) < now()))
      order by
        case when t.first_response_at is null and t.sla_hours is not null
               and t.status in ('open', 'in_progress', 'waiting_client')
             then t.created_at + make_interval(hours => t.sla_hours) end asc nulls last,
        t.created_at desc, t.id
      limit ${QUEUE_PAGE_SIZE} offset ${offset}`),
  );
  const total = rows[0]?.total ?? 0;
  return {
    tickets: rows.map((row) => ({
      id: row.id,
      number: row.number,
      subject: row.subject,
      priority: row.priority,
      status: row.status,
      orgName: row.org_name,
      orgSlug: row.org_slug,
      tier: row.tier,
      assigneeId: row.assignee_id,
      assigneeName: row.assignee_name,
      createdAt: new Date(row.created_at),
      slaHours: row.sla_hours,
      firstResponseAt: row.first_response_at ? new Date(row.first_response_at) : null,
      resolvedAt: row.resolved_at ? new Date(row.resolved_at) : null,
    })),
    total,
    page: search.page,
    pages: Math.max(1, Math.ceil(total / QUEUE_PAGE_SIZE)),
  };
}
