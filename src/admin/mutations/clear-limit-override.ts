import "server-only";
import { and, eq } from "drizzle-orm";
import { AppError } from "@/src/errors/app-error";
import { orgLimitOverrides } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { LimitKey } from "@/src/workspace/require-workspace";

/**
 * Clears the client's override of one limit, so the plan's value applies again. The reason is written onto the
 * row first, in the same transaction, so the audit trail records why it went (an update with the reason, then
 * the delete); nothing changes if either step is refused.
 */
export async function clearLimitOverride(
  db: RequestDb,
  input: { orgId: string; limitKey: LimitKey; reason: string },
): Promise<void> {
  await db(async (tx) => {
    const where = and(eq(orgLimitOverrides.orgId, input.orgId), eq(orgLimitOverrides.limitKey, input.limitKey));
    const updated = await tx
      .update(orgLimitOverrides)
      .set({ reason: input.reason })
      .where(where)
      .returning({ id: orgLimitOverrides.id });
    if (updated.length === 0) throw new AppError("not_found");
    await tx.delete(orgLimitOverrides).where(where);
  });
}
