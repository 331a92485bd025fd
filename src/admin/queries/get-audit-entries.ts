import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { AuditSearch } from "../audit-search";

export const AUDIT_PAGE_SIZE = 30;

export interface AuditEntry {
  id: number;
  occurredAt: Date;
  action: "insert" | "update" | "delete";
  table: string;
  rowId: string | null;
  orgName: string | null;
  orgSlug: string | null;
  actorName: string | null;
  actorId: string | null;
  /** The staff member behind the change when it was made during a "view as". */
  impersonatorName: string | null;
  impersonatorId: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
}

export interface AuditPage {
  entries: AuditEntry[];
  page: number;
  /** Whether another page follows (counting the whole trail would cost more than the page itself). */
  hasMore: boolean;
}

type Row = {
  id: string;
  occurred_at: string;
  action: AuditEntry["action"];
  table_name: string;
  row_id: string | null;
  org_name: string | null;
  org_slug: string | null;
  actor_id: string | null;
  actor_name: string | null;
  impersonator_id: string | null;
  impersonator_name: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * The audit trail across clients, newest first, as staff read it (row-level security admits staff to every
 * entry). Dates are whole days in the agency's zone. `limit` lets a client's page show its last few entries.
 */
export async function getAuditEntries(
  db: RequestDb,
  search: Partial<AuditSearch>,
  limit = AUDIT_PAGE_SIZE,
): Promise<AuditPage> {
  const page = search.page ?? 1;
  const offset = (page - 1) * limit;
  const zone = "America/Sao_Paulo";
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      select a.id, a.occurred_at, a.action, a.table_name, a.row_id, o.name as org_name, o.slug as org_slug,
        a.actor_id, ap.full_name as actor_name, a.impersonator_id, ip.full_name as impersonator_name,
        a.before, a.after
      from public.audit_log a
      -- A "view as" session is the agency's record (no org_id): its creation names the organization viewed.
      left join public.organizations o on o.id = coalesce(a.org_id, case when a.table_name = 'impersonation_sessions'
        then (a.after ->> 'viewed_org_id')::uuid end)
      left join public.profiles ap on ap.id = a.actor_id
      left join public.profiles ip on ip.id = a.impersonator_id
      where (${search.org ?? null}::text is null or o.slug = ${search.org ?? null})
        and (${search.actor ?? null}::uuid is null or a.actor_id = ${search.actor ?? null} or a.impersonator_id = ${search.actor ?? null})
        and (${search.table ?? null}::text is null or a.table_name = ${search.table ?? null})
        and (${search.action ?? null}::text is null or a.action = ${search.action ?? null})
        and (${search.from ?? null}::date is null or a.occurred_at >= (${search.from ?? null}::date)::timestamp at time zone ${zone})
        and (${search.to ?? null}::date is null or a.occurred_at < (${search.to ?? null}::date + 1)::timestamp at time zone ${zone})
        and (${search.viewAs ?? null}::text is null or a.impersonation_session_id is not null
          or a.table_name = 'impersonation_sessions')
      order by a.occurred_at desc, a.id desc
      limit ${limit + 1} offset ${offset}`),
  );
  return {
    entries: rows.slice(0, limit).map((row) => ({
      id: Number(row.id),
      occurredAt: new Date(row.occurred_at),
      action: row.action,
      table: row.table_name,
      rowId: row.row_id,
      orgName: row.org_name,
      orgSlug: row.org_slug,
      actorId: row.actor_id,
      actorName: row.actor_name,
      impersonatorId: row.impersonator_id,
      impersonatorName: row.impersonator_name,
      before: row.before,
      after: row.after,
    })),
    page,
    hasMore: rows.length > limit,
  };
}
