import "server-only";
import { z } from "zod";
import { sql } from "drizzle-orm";
import { cache } from "react";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ClientDetail {
  id: string;
  name: string;
  slug: string;
  tier: string;
  planName: string;
  timeZone: string;
  createdAt: Date;
}

const slugSchema = z.string().regex(/^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$/);

/**
 * One client organization by slug, as staff read it, or null for a malformed or unknown slug. Cached per
 * request: the layout resolves it for the 404 before anything streams, and the page reuses it.
 */
export const getClient = cache(async (db: RequestDb, slug: string): Promise<ClientDetail | null> => {
  if (!slugSchema.safeParse(slug).success) return null;
  const [row] = await db((tx) =>
    tx.execute<{
      id: string;
      name: string;
      slug: string;
      tier: string;
      plan_name: string;
      time_zone: string;
      created_at: string;
    }>(sql`
      select o.id, o.name, o.slug, o.tier, p.name as plan_name, o.time_zone, o.created_at
      from public.organizations o join public.plans p on p.key = o.tier
      where o.slug = ${slug}`),
  );
  if (!row) return null;
  return {
    id: row.id,
    name: row.name,
    slug: row.slug,
    tier: row.tier,
    planName: row.plan_name,
    timeZone: row.time_zone,
    createdAt: new Date(row.created_at),
  };
});
