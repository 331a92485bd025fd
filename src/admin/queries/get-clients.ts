import "server-only";
import type { RequestDb } from "@/src/workspace/request-db";
import type { LimitKey } from "@/src/workspace/require-workspace";
import type { ClientListSearch } from "../client-list-search";
import { CLIENTS_PAGE_SIZE, clientsQuery } from "./clients-query";

export interface ClientUsage {
  key: LimitKey;
  usage: number;
  /** Effective limit (override, else plan); null is unlimited. */
  limit: number | null;
}

export interface ClientRow {
  id: string;
  name: string;
  slug: string;
  tier: string;
  subscriptionStatus: string | null;
  /** Monthly recurring revenue of the current subscription, in its currency (BRL). */
  mrr: number;
  seats: number;
  usage: ClientUsage[];
  /** The highest usage/limit ratio over the limited keys (0 when everything is unlimited). */
  peakRatio: number;
  uptime30d: number | null;
  performanceScore: number | null;
  openTickets: number;
  lastActivityAt: Date | null;
}

export interface ClientList {
  rows: ClientRow[];
  total: number;
  page: number;
  pages: number;
}

type Row = {
  id: string;
  name: string;
  slug: string;
  tier: string;
  subscription_status: string | null;
  mrr: string;
  seats: number;
  usage: ClientUsage[];
  peak_ratio: string;
  uptime_30d: string | null;
  performance_score: number | null;
  open_tickets: number;
  last_activity_at: string | null;
  total: number;
};

/**
 * The agency's clients with their health at a glance, as the staff member (row-level security lets staff read
 * every organization). Usage is counted the way the database enforces limits (public.organization_usage), so
 * the bars agree with the refusals clients get.
 */
export async function getClients(db: RequestDb, search: ClientListSearch): Promise<ClientList> {
  const rows = await db((tx) => tx.execute<Row>(clientsQuery(search)));
  const total = rows[0]?.total ?? 0;
  return {
    rows: rows.map((row) => ({
      id: row.id,
      name: row.name,
      slug: row.slug,
      tier: row.tier,
      subscriptionStatus: row.subscription_status,
      mrr: Number(row.mrr),
      seats: row.seats,
      usage: (row.usage ?? []).map((u) => ({
        key: u.key,
        usage: Number(u.usage),
        limit: u.limit === null ? null : Number(u.limit),
      })),
      peakRatio: Number(row.peak_ratio),
      uptime30d: row.uptime_30d === null ? null : Number(row.uptime_30d),
      performanceScore: row.performance_score,
      openTickets: row.open_tickets,
      lastActivityAt: row.last_activity_at ? new Date(row.last_activity_at) : null,
    })),
    total,
    page: search.page,
    pages: Math.max(1, Math.ceil(total / CLIENTS_PAGE_SIZE)),
  };
}
