import "server-only";
import { domains } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Adds a domain (already normalized) as the request's user. It starts pending with nothing else known: the
 * database refuses registration, DNS or SSL values from a client (`protected_column:domain_registration`),
 * members (domains_insert_admin), a name the organization already has (unique, case-insensitive: `conflict`)
 * and an insert past the plan's `domains` limit (`tier_limit_exceeded:domains`).
 */
export async function addDomain(db: RequestDb, orgId: string, name: string): Promise<{ id: string }> {
  const [added] = await db((tx) => tx.insert(domains).values({ orgId, name }).returning({ id: domains.id }));
  if (!added) throw new Error("insert into domains returned no row");
  return added;
}
