import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

/** Withdraws the pending deletion request; false when there was none (already withdrawn, or never asked). */
export async function cancelAccountDeletion(db: RequestDb): Promise<boolean> {
  const [row] = await db((tx) =>
    tx.execute<{ cancelled: boolean }>(sql`select public.cancel_account_deletion() as cancelled`),
  );
  return row!.cancelled;
}
