import "server-only";
import { sql } from "drizzle-orm";
import type { userAdminActions } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export type UserAdminAction = (typeof userAdminActions.$inferInsert)["action"];

/** Records, in the staff admin's name and under row-level security, what was done to an account and why. */
export async function recordUserAdminAction(
  db: RequestDb,
  input: { action: UserAdminAction; targetUserId: string | null; targetEmail: string; reason: string },
): Promise<void> {
  // Only these columns are the staff admin's to send (the database fills in who and when): Drizzle's insert
  // would name every column, so the statement is written out.
  await db((tx) =>
    tx.execute(sql`
      insert into public.user_admin_actions (target_user_id, target_email, action, reason)
      values (${input.targetUserId}, ${input.targetEmail}, ${input.action}, ${input.reason})`),
  );
}
