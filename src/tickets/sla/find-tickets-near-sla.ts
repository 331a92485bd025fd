import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

export interface TicketNearSla {
  id: string;
  orgId: string;
  /** ISO instant the first response is due. */
  dueAt: string;
}

/** How long before the deadline the agency is warned. */
export const SLA_WARNING_MS = 60 * 60_000;

/**
 * Unanswered tickets of plans with a first-response SLA that are due within the hour or overdue, and not yet
 * marked as breached: the ones check-ticket-sla still has something to say about.
 */
export async function findTicketsNearSla(now: Date): Promise<TicketNearSla[]> {
  const horizon = new Date(now.getTime() + SLA_WARNING_MS).toISOString();
  const rows = await serviceDb().execute<{ id: string; org_id: string; due_at: string }>(sql`
    select t.id, t.org_id, (t.created_at + make_interval(hours => t.sla_hours)) as due_at
    from public.support_tickets t
    where t.status in ('open', 'in_progress')
      and t.first_response_at is null
      and t.sla_hours is not null
      and t.created_at + make_interval(hours => t.sla_hours) <= ${horizon}::timestamptz
      and not exists (select 1 from public.ticket_sla_breaches b where b.ticket_id = t.id)
    order by 3`);
  return rows.map((r) => ({ id: r.id, orgId: r.org_id, dueAt: new Date(r.due_at).toISOString() }));
}
