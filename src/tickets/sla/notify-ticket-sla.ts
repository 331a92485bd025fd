import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";
import type { TicketNearSla } from "./find-tickets-near-sla";

export type SlaNotice = "due" | "breached";

/**
 * Warns the agency about one ticket, in one transaction: overdue, it is marked breached (once: the breach row
 * is the mark) and its assignee — or every staff member when nobody has it — is told; due within the hour,
 * they are told once that it is due. Returns what was newly announced, or null when nothing was.
 */
export async function notifyTicketSla(
  ticket: TicketNearSla,
  now: Date,
): Promise<{ notice: SlaNotice; emails: number } | null> {
  const breached = new Date(ticket.dueAt).getTime() <= now.getTime();
  return serviceDb().transaction(async (tx) => {
    if (breached) {
      const marked = await tx.execute(sql`
        insert into public.ticket_sla_breaches (ticket_id, org_id, due_at, breached_at)
        values (${ticket.id}, ${ticket.orgId}, ${ticket.dueAt}, ${now.toISOString()})
        on conflict (ticket_id) do nothing
        returning ticket_id`);
      if (marked.length === 0) return null;
    }
    const notice: SlaNotice = breached ? "breached" : "due";
    const queued = await tx.execute(sql`
      insert into public.email_outbox (org_id, to_email, template, locale, payload, idempotency_key)
      select t.org_id, u.email::text, ${`ticket-sla-${notice}`}, coalesce(p.locale, 'pt-BR'),
        jsonb_build_object('ticketId', t.id, 'staffUserId', s.user_id),
        ${`ticket-sla-${notice}:${ticket.id}:`} || s.user_id
      from public.support_tickets t
      join public.staff s on t.assignee_id is null or s.user_id = t.assignee_id
      join auth.users u on u.id = s.user_id
      left join public.profiles p on p.id = s.user_id
      where t.id = ${ticket.id} and u.email is not null
      on conflict (idempotency_key) do nothing
      returning id`);
    return queued.length > 0 || breached ? { notice, emails: queued.length } : null;
  });
}
