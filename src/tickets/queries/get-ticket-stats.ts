import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import { allowanceColumns, toAllowance, type AllowanceRow, type TicketAllowance } from "./get-ticket-allowance";

/** How far back the response-time figures look. */
export const RESPONSE_WINDOW_DAYS = 90;

export interface TicketStats {
  allowance: TicketAllowance;
  /** Mean time to the agency's first public reply, over tickets opened in the window that got one. */
  averageFirstResponseSeconds: number | null;
  /** Tickets opened in the window that have had their first reply. */
  responded: number;
  /** Of those, the ones that carried a first-response time, and how many were answered within it. */
  respondedWithSla: number;
  metSla: number;
  /** Unfinished tickets, and those among them waiting on the client. */
  active: number;
  waitingClient: number;
}

type Row = AllowanceRow & {
  average_seconds: string | null;
  responded: number;
  responded_with_sla: number;
  met_sla: number;
  active: number;
  waiting_client: number;
};

/** The figures at the top of the tickets page, in one statement. */
export async function getTicketStats(db: RequestDb, orgId: string, timeZone: string): Promise<TicketStats> {
  const [row] = await db((tx) =>
    tx.execute<Row>(sql`
      select ${allowanceColumns(orgId, timeZone)},
        r.average_seconds, r.responded, r.responded_with_sla, r.met_sla, a.active, a.waiting_client
      from (
        select avg(extract(epoch from t.first_response_at - t.created_at)) as average_seconds,
          count(*)::int as responded,
          (count(*) filter (where t.sla_hours is not null))::int as responded_with_sla,
          (count(*) filter (where t.first_response_at <= t.created_at + make_interval(hours => t.sla_hours)))::int
            as met_sla
        from public.support_tickets t
        where t.org_id = ${orgId} and t.first_response_at is not null
          and t.created_at >= now() - make_interval(days => ${RESPONSE_WINDOW_DAYS})
      ) r, (
        select (count(*) filter (where t.status not in ('resolved', 'closed')))::int as active,
          (count(*) filter (where t.status = 'waiting_client'))::int as waiting_client
        from public.support_tickets t
        where t.org_id = ${orgId}
      ) a`),
  );
  const r = row!;
  return {
    allowance: toAllowance(r),
    averageFirstResponseSeconds: r.average_seconds === null ? null : Number(r.average_seconds),
    responded: r.responded,
    respondedWithSla: r.responded_with_sla,
    metSla: r.met_sla,
    active: r.active,
    waitingClient: r.waiting_client,
  };
}
