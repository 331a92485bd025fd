import "server-only";
import { sql } from "drizzle-orm";
import { impersonationSessions } from "@/src/db/schema";
import type { RequestDb } from "@/src/workspace/request-db";

export interface StartViewAsInput {
  orgId: string;
  targetUserId: string;
  reason: string;
  minutes: number;
  /** Present only for a write-enabled session (staff admins only, which the database enforces). */
  writeReason?: string | undefined;
}

/**
 * Records a "view as" session in the staff member's name. The database refuses it for oneself, for staff, for
 * someone outside the organization, while another is active, and a writable one from anyone but a staff admin.
 * The clock is the database's: the session starts and ends by its `now()`.
 */
export async function startViewAs(db: RequestDb, input: StartViewAsInput): Promise<{ id: string }> {
  return db(async (tx) => {
    const [session] = await tx
      .insert(impersonationSessions)
      .values({
        viewedOrgId: input.orgId,
        targetUserId: input.targetUserId,
        reason: input.reason,
        readOnly: input.writeReason === undefined,
        writeReason: input.writeReason ?? null,
        expiresAt: sql`now() + make_interval(mins => ${input.minutes})`,
      })
      .returning({ id: impersonationSessions.id });
    if (!session) throw new Error("insert into impersonation_sessions returned no row");
    return session;
  });
}
