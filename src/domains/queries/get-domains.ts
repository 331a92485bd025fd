import "server-only";
import { asc, eq } from "drizzle-orm";
import { domains } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { DomainStatus, SslState } from "../domain-status";

export interface DomainSummary {
  id: string;
  name: string;
  status: DomainStatus;
  registrar: string | null;
  renewsAt: Date | null;
  autoRenew: boolean;
  sslStatus: SslState;
  sslExpiresAt: Date | null;
}

/** The organization's domains, alphabetically. */
export async function getDomains(db: RequestDb, orgId: string): Promise<DomainSummary[]> {
  return db((tx) =>
    tx
      .select({
        id: domains.id,
        name: domains.name,
        status: domains.status,
        registrar: domains.registrar,
        renewsAt: domains.renewsAt,
        autoRenew: domains.autoRenew,
        sslStatus: domains.sslStatus,
        sslExpiresAt: domains.sslExpiresAt,
      })
      .from(domains)
      .where(eq(domains.orgId, orgId))
      .orderBy(asc(domains.name)),
  );
}
