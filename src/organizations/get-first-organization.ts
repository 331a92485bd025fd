import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { cache } from "react";
import { memberships, organizations } from "../db/schema";
import { withUser, type RlsClaims } from "../db/with-user";

/** The caller's first organization (the oldest accepted membership), or null for someone not in any yet. */
export const getFirstOrganization = cache(async (claims: RlsClaims) => {
  const rows = await withUser(claims, (tx) =>
    tx
      .select({ id: organizations.id, name: organizations.name, slug: organizations.slug })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, claims.sub), eq(memberships.status, "accepted")))
      .orderBy(asc(memberships.createdAt))
      .limit(1),
  );
  return rows[0] ?? null;
});
