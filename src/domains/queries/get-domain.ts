import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { cache } from "react";
import { z } from "zod";
import { domains, type DnsRecord } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { DomainSummary } from "./get-domains";

/** The order the DNS table groups records in: addresses first, then aliases, mail, text and the rest. */
export const dnsRecordTypes = ["A", "AAAA", "CNAME", "MX", "TXT", "NS", "CAA", "SRV"] as const;

export interface DomainDetail extends DomainSummary {
  registeredAt: Date | null;
  sslProvider: string | null;
  nameservers: string[];
  /** Sorted by type (in `dnsRecordTypes` order), then name and value. */
  dnsRecords: DnsRecord[];
}

/**
 * One domain of the organization, or null for an id that is malformed, unknown or another organization's.
 * Cached per request: the detail layout resolves it for the 404 and the page reuses it.
 */
export const getDomain = cache(async (db: RequestDb, orgId: string, id: string): Promise<DomainDetail | null> => {
  if (!z.uuid().safeParse(id).success) return null;
  const order = sql.raw(`array[${dnsRecordTypes.map((type) => `'${type}'`).join(", ")}]`);
  const [row] = await db((tx) =>
    tx
      .select({
        id: domains.id,
        name: domains.name,
        status: domains.status,
        registrar: domains.registrar,
        registeredAt: domains.registeredAt,
        renewsAt: domains.renewsAt,
        autoRenew: domains.autoRenew,
        sslStatus: domains.sslStatus,
        sslProvider: domains.sslProvider,
        sslExpiresAt: domains.sslExpiresAt,
        nameservers: domains.nameservers,
        dnsRecords: sql<DnsRecord[]>`coalesce((
          select jsonb_agg(r order by array_position(${order}, r->>'type'), r->>'name', r->>'value')
          from jsonb_array_elements(${domains.dnsRecords}) r), '[]'::jsonb)`,
      })
      .from(domains)
      .where(and(eq(domains.id, id), eq(domains.orgId, orgId)))
      .limit(1),
  );
  return row ?? null;
});
