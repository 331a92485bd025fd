import "server-only";
import { asc, eq } from "drizzle-orm";
import { domains } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { PageQuery } from "../pagination";

/** The organization's domains by name, one page (plus one row, see toPage). */
export async function listDomains(db: RequestDb, orgId: string, page: PageQuery) {
  return db((tx) =>
    tx
      .select()
      .from(domains)
      .where(eq(domains.orgId, orgId))
      .orderBy(asc(domains.name), asc(domains.id))
      .limit(page.limit + 1)
      .offset(page.offset),
  );
}
