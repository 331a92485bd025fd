import "server-only";
import { asc, inArray } from "drizzle-orm";
import { domains } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";
import type { DomainToCheck } from "./check-domain";

/** The domains the daily check covers: every one but those still pending setup. */
export async function listDomainsToCheck(): Promise<Pick<DomainToCheck, "id" | "orgId">[]> {
  return serviceDb()
    .select({ id: domains.id, orgId: domains.orgId })
    .from(domains)
    .where(inArray(domains.status, ["active", "expired", "transferring"]))
    .orderBy(asc(domains.orgId), asc(domains.id));
}
