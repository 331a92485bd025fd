import "server-only";
import { sql } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import type { TicketDetail } from "@/src/tickets/queries/get-ticket";
import type { RequestDb } from "@/src/workspace/request-db";

export interface QueueTicketDetail extends TicketDetail {
  orgId: string;
  orgName: string;
  orgSlug: string;
  tier: string;
  timeZone: string;
  assigneeId: string | null;
  category: string | null;
}

type Row = {
  id: string;
  number: number;
  subject: string;
  priority: TicketDetail["priority"];
  status: TicketDetail["status"];
  category: string | null;
  project_id: string | null;
  project_name: string | null;
  created_by: string | null;
  created_by_name: string | null;
  sla_hours: number | null;
  first_response_at: string | null;
  resolved_at: string | null;
  created_at: string;
  updated_at: string;
  org_id: string;
  org_name: string;
  org_slug: string;
  tier: string;
  time_zone: string;
  assignee_id: string | null;
};

const date = (value: string | null) => (value ? new Date(value) : null);

/** One ticket of any client, as staff read it, or null for a malformed or unknown id. Cached per request. */
export const getQueueTicket = cache(async (db: RequestDb, id: string): Promise<QueueTicketDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      select t.id, t.number, t.subject, t.priority, t.status, t.category, t.project_id, p.name as project_name,
        t.created_by, cp.full_name as created_by_name, t.sla_hours, t.first_response_at, t.resolved_at,
        t.created_at, t.updated_at, o.id as org_id, o.name as org_name, o.slug as org_slug, o.tier,
        o.time_zone, t.assignee_id
      from public.support_tickets t
      join public.organizations o on o.id = t.org_id
      left join public.projects p on p.id = t.project_id and p.org_id = t.org_id
      left join public.profiles cp on cp.id = t.created_by
      where t.id = ${id}`),
  );
  if (!row) return null;
  return {
    id: row.id,
    number: row.number,
    subject: row.subject,
    priority: row.priority,
    status: row.status,
    category: row.category,
    projectId: row.project_id,
    projectName: row.project_name,
    createdBy: row.created_by,
    createdByName: row.created_by_name,
    slaHours: row.sla_hours,
    firstResponseAt: date(row.first_response_at),
    resolvedAt: date(row.resolved_at),
    createdAt: new Date(row.created_at),
    updatedAt: new Date(row.updated_at),
    orgId: row.org_id,
    orgName: row.org_name,
    orgSlug: row.org_slug,
    tier: row.tier,
    timeZone: row.time_zone,
    assigneeId: row.assignee_id,
  };
});
