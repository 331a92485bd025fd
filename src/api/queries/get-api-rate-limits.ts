import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { plans } from "@/src/db/schema";
import { withAnon } from "@/src/db/with-user";

/** The public plans' API requests per minute, for the reference page (anyone may read the public price list). */
export async function getApiRateLimits(): Promise<Array<{ key: string; name: string; perMinute: number }>> {
  return withAnon((tx) =>
    tx
      .select({
        key: plans.key,
        name: plans.name,
        perMinute: sql<number>`coalesce((${plans.features} ->> 'api_requests_per_minute')::integer, 60)`,
      })
      .from(plans)
      .where(eq(plans.isPublic, true))
      .orderBy(asc(plans.sortOrder)),
  );
}
