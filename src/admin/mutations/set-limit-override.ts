import "server-only";
import { orgLimitOverrides } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";
import type { LimitKey } from "@/src/workspace/require-workspace";

/**
 * Sets the client's override of one limit (null: unlimited) with the reason, which the audit trail keeps with
 * the change. Row-level security lets only staff admins write overrides.
 */
export async function setLimitOverride(
  db: RequestDb,
  input: { orgId: string; limitKey: LimitKey; value: number | null; reason: string },
): Promise<void> {
  await db((tx) =>
    tx
      .insert(orgLimitOverrides)
      .values({ orgId: input.orgId, limitKey: input.limitKey, value: input.value, reason: input.reason })
      .onConflictDoUpdate({
        target: [orgLimitOverrides.orgId, orgLimitOverrides.limitKey],
        set: { value: input.value, reason: input.reason },
      }),
  );
}
