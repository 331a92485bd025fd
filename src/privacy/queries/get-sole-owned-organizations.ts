import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * The organizations the person owns alone (no other accepted owner), named so the page can explain what to
 * hand over before the account can be deleted. Read through their own memberships, under RLS.
 */
export async function getSoleOwnedOrganizations(
  db: RequestDb,
  userId: string,
): Promise<{ slug: string; name: string }[]> {
  return db((tx) =>
    tx.execute<{ slug: string; name: string }>(sql`
      select o.slug, o.name from public.memberships m join public.organizations o on o.id = m.org_id
      where m.user_id = ${userId} and m.role = 'owner' and m.status = 'accepted'
        and not exists (
          select 1 from public.memberships other
          where other.org_id = m.org_id and other.user_id <> m.user_id and other.role = 'owner'
            and other.status = 'accepted'
        )
      order by o.name`),
  );
}
