import "server-only";
import { userAdminActions } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export type UserAdminAction = (typeof userAdminActions.$inferInsert)["action"];

/** Records, in the staff admin's name and under row-level security, what was done to an account and why. */
export async function recordUserAdminAction(
  db: RequestDb,
  input: { action: UserAdminAction; targetUserId: string | null; targetEmail: string; reason: string },
): Promise<void> {
  await db((tx) =>
    tx.insert(userAdminActions).values({
      action: input.action,
      targetUserId: input.targetUserId,
      targetEmail: input.targetEmail,
      reason: input.reason,
    }),
  );
}
