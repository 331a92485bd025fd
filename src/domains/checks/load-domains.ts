import "server-only";
import { inArray } from "drizzle-orm";
import { domains } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import type { DomainToCheck } from "./check-domain";

/** The domains of a batch as they are now (a domain deleted since the batch was made is simply absent). */
export async function loadDomains(ids: string[]): Promise<DomainToCheck[]> {
  return serviceDb()
    .select({ id: domains.id, orgId: domains.orgId, name: domains.name, dnsRecords: domains.dnsRecords })
    .from(domains)
    .where(inArray(domains.id, ids));
}
