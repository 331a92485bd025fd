import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { accountDeletions } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

/** The person's pending deletion request (its erasure date), or null when none stands. */
export async function getPendingAccountDeletion(db: RequestDb, userId: string): Promise<{ eraseAfter: Date } | null> {
  const [row] = await db((tx) =>
    tx
      .select({ eraseAfter: accountDeletions.eraseAfter })
      .from(accountDeletions)
      .where(
        and(
          eq(accountDeletions.userId, userId),
          isNull(accountDeletions.cancelledAt),
          isNull(accountDeletions.erasedAt),
        ),
      ),
  );
  return row ?? null;
}
