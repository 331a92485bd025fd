import "server-only";
import { sql } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/** Deletes the organization's key as the request's user (owners and admins, by row-level security). */
export async function removeOpenaiKey(db: RequestDb, orgId: string): Promise<void> {
  const rows = await db((tx) =>
    tx.execute<{ org_id: string }>(sql`delete from public.openai_keys where org_id = ${orgId} returning org_id`),
  );
  if (rows.length === 0) throw new AppError("not_found");
}
