import "server-only";
import { eq } from "drizzle-orm";
import { organizationSlugHistory, organizations } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * The current slug of the organization that used to answer to `oldSlug`, when the acting user may see it
 * (row-level security shows an organization's slug history to its members only). Null otherwise.
 */
export async function findRenamedOrganization(db: RequestDb, oldSlug: string): Promise<string | null> {
  const [row] = await db((tx) =>
    tx
      .select({ slug: organizations.slug })
      .from(organizationSlugHistory)
      .innerJoin(organizations, eq(organizations.id, organizationSlugHistory.orgId))
      .where(eq(organizationSlugHistory.slug, oldSlug)),
  );
  return row?.slug ?? null;
}
