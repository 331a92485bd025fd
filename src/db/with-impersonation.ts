import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "./client";
import type { impersonationSessions } from "./schema";
import { withUser } from "./with-user";

/** The parts of an `impersonation_sessions` row the claims are built from. */
export type ImpersonationSessionRef = Pick<
  typeof impersonationSessions.$inferSelect,
  "id" | "staffUserId" | "targetUserId"
>;

/** The session is not active any more (ended, expired) or does not match: the staff member must start over. */
export class ImpersonationEndedError extends Error {
  constructor() {
    super("impersonation_ended");
    this.name = "ImpersonationEndedError";
  }
}

/**
 * "View as": runs `fn` like `withUser`, with the target user's claims plus `impersonator` and
 * `impersonation_session_id`, so row-level security shows exactly what the target sees and the database can
 * refuse writes of a read-only session and stamp both ids in the audit log. The database guards only writes,
 * so the session is checked here first: an ended or expired session serves nothing, reads included.
 */
export async function withImpersonation<T>(
  session: ImpersonationSessionRef,
  fn: (tx: Transaction) => Promise<T>,
): Promise<T> {
  const claims = {
    sub: session.targetUserId,
    role: "authenticated",
    impersonator: session.staffUserId,
    impersonation_session_id: session.id,
  };
  return withUser(claims, async (tx) => {
    const [check] = await tx.execute<{ active: boolean }>(sql`select private.is_impersonating() as active`);
    if (!check?.active) throw new ImpersonationEndedError();
    return fn(tx);
  });
}
