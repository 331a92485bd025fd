import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { memberships, organizations } from "@/src/db/schema";
import type { RequestDb } from "../request-db";

export interface MyOrganization {
  name: string;
  slug: string;
  tier: string;
  role: "owner" | "admin" | "member";
}

/** The organizations the acting user is an accepted member of, oldest membership first. */
export async function listMyOrganizations(db: RequestDb, userId: string): Promise<MyOrganization[]> {
  return db((tx) =>
    tx
      .select({ name: organizations.name, slug: organizations.slug, tier: organizations.tier, role: memberships.role })
      .from(memberships)
      .innerJoin(organizations, eq(organizations.id, memberships.orgId))
      .where(and(eq(memberships.userId, userId), eq(memberships.status, "accepted")))
      .orderBy(asc(memberships.createdAt)),
  );
}
