import "server-only";
import { eq } from "drizzle-orm";
import { trafficSources } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/** A traffic source with its sealed token, as the sync needs it; null when it was removed meanwhile. */
export async function loadTrafficSource(id: string) {
  const [row] = await serviceDb()
    .select({
      id: trafficSources.id,
      orgId: trafficSources.orgId,
      projectId: trafficSources.projectId,
      provider: trafficSources.provider,
      externalId: trafficSources.externalId,
      teamId: trafficSources.teamId,
      credentialSealed: trafficSources.credentialSealed,
      credentialKeyId: trafficSources.credentialKeyId,
    })
    .from(trafficSources)
    .where(eq(trafficSources.id, id));
  return row ?? null;
}

export type TrafficSourceToSync = NonNullable<Awaited<ReturnType<typeof loadTrafficSource>>>;
