import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import { cache } from "react";
import type { VerifiedUser } from "@/src/auth/get-verified-user";
import type { Transaction } from "@/src/db/client";
import { impersonationSessions } from "@/src/db/schema";
import { withImpersonation } from "@/src/db/with-impersonation";
import { withUser } from "@/src/db/with-user";

/** The request's only way into Postgres: one transaction under row-level security as the acting user. */
export type RequestDb = <T>(fn: (tx: Transaction) => Promise<T>) => Promise<T>;

export interface ActiveImpersonation {
  id: string;
  staffUserId: string;
  targetUserId: string;
  readOnly: boolean;
  expiresAt: Date;
  reason: string;
  /** The organization the session was opened for (null for sessions recorded before sessions named one). */
  viewedOrgId: string | null;
}

export interface RequestIdentity {
  db: RequestDb;
  /** Whose rows the request sees: the user, or the target of an active "view as". */
  actingUserId: string;
  impersonation: ActiveImpersonation | null;
}

/**
 * Decides, once per request, as whom the request reads and writes. A staff member with an active "view as"
 * session acts as its target (the database checks the session on every statement and stamps writes with both
 * ids); everyone else acts as themselves. Pages and actions take the `db` this returns and never build claims.
 */
export const getRequestIdentity = cache(async (user: VerifiedUser): Promise<RequestIdentity> => {
  // Row-level security shows staff only their own sessions, and shows everyone else none.
  const [session] = await withUser(user.claims, (tx) =>
    tx
      .select()
      .from(impersonationSessions)
      .where(
        and(
          eq(impersonationSessions.staffUserId, user.id),
          isNull(impersonationSessions.endedAt),
          gt(impersonationSessions.expiresAt, sql`now()`),
        ),
      )
      .limit(1),
  );
  if (!session) {
    return { db: (fn) => withUser(user.claims, fn), actingUserId: user.id, impersonation: null };
  }
  return {
    db: (fn) => withImpersonation(session, fn),
    actingUserId: session.targetUserId,
    impersonation: {
      id: session.id,
      staffUserId: session.staffUserId,
      targetUserId: session.targetUserId,
      readOnly: session.readOnly,
      expiresAt: session.expiresAt,
      reason: session.reason,
      viewedOrgId: session.viewedOrgId,
    },
  };
});
