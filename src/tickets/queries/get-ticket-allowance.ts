import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface TicketAllowance {
  /** Tickets opened this month, as the monthly limit counts them. */
  usedThisMonth: number;
  /** Midnight of the next 1st in the organization's time zone, when the count starts over. */
  resetsAt: Date;
}

/**
 * The select-list columns `used` and `resets_at`. The usage comes from public.organization_usage, which counts
 * exactly as the limit's trigger does (this month's counter, the month taken in the organization's time
 * zone); the reset is the next 1st at midnight in that zone, computed by Postgres's time-zone rules too.
 */
export function allowanceColumns(orgId: string, timeZone: string) {
  return sql`
    (select u.usage from public.organization_usage(${orgId}) u where u.limit_key = 'tickets_per_month') as used,
    (date_trunc('month', now() at time zone ${timeZone}) + interval '1 month') at time zone ${timeZone} as resets_at`;
}

export type AllowanceRow = { used: string | null; resets_at: string };

export function toAllowance(row: AllowanceRow): TicketAllowance {
  return { usedThisMonth: Number(row.used ?? 0), resetsAt: new Date(row.resets_at) };
}

/** The month's ticket usage and when it resets ("New ticket" needs only these). */
export async function getTicketAllowance(db: RequestDb, orgId: string, timeZone: string): Promise<TicketAllowance> {
  const [row] = await db((tx) => tx.execute<AllowanceRow>(sql`select ${allowanceColumns(orgId, timeZone)}`));
  return toAllowance(row!);
}
