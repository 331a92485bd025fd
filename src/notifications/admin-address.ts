import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import { authUsers } from "drizzle-orm/supabase";
import { memberships } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/** The current address of an owner or admin of the organization, or null when they are one no more. */
export async function adminAddress(orgId: string, userId: string): Promise<string | null> {
  const [row] = await serviceDb()
    .select({ email: authUsers.email })
    .from(memberships)
    .innerJoin(authUsers, eq(authUsers.id, memberships.userId))
    .where(
      and(
        eq(memberships.orgId, orgId),
        eq(memberships.userId, userId),
        eq(memberships.status, "accepted"),
        inArray(memberships.role, ["owner", "admin"]),
      ),
    );
  return row?.email ?? null;
}
