import "server-only";
import { asc, eq } from "drizzle-orm";
import { campaigns } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";

/** The organization's ad campaigns by name, one page (plus one row, see toPage). */
export async function listCampaigns(db: RequestDb, orgId: string, page: PageQuery) {
  return db((tx) =>
    tx
      .select()
      .from(campaigns)
      .where(eq(campaigns.orgId, orgId))
      .orderBy(asc(campaigns.name), asc(campaigns.id))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
}
