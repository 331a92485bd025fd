import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Starts the 30 days before the account is erased (`public.request_account_deletion`: the typed email must match,
 * `invalid_input`; the only owner of an organization is refused, `last_owner`). Returns the erasure date.
 */
export async function requestAccountDeletion(db: RequestDb, confirmation: string): Promise<Date> {
  const [row] = await db((tx) =>
    tx.execute<{ erase_after: string }>(sql`select public.request_account_deletion(${confirmation}) as erase_after`),
  );
  return new Date(row!.erase_after);
}
