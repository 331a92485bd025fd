import "server-only";
import { asc } from "drizzle-orm";
import { trafficSources } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/** Every connected traffic source, for the hourly fan-out. */
export async function listTrafficSources(): Promise<{ id: string; orgId: string }[]> {
  return serviceDb()
    .select({ id: trafficSources.id, orgId: trafficSources.orgId })
    .from(trafficSources)
    .orderBy(asc(trafficSources.orgId), asc(trafficSources.id));
}
