import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";
import type { InvitationRole } from "../team-roles";

/**
 * Makes a member an admin or an admin a member. Only owners change roles (`protected_column:role` for anyone
 * else), and the organization keeps an owner (`last_owner`, should an owner demote the last one). Ownership
 * itself moves through `transferOwnership`.
 */
export async function changeMemberRole(
  db: RequestDb,
  orgId: string,
  userId: string,
  role: InvitationRole,
): Promise<{ role: InvitationRole }> {
  const [changed] = await db((tx) =>
    tx
      .update(memberships)
      .set({ role })
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), eq(memberships.status, "accepted")))
      .returning({ id: memberships.id }),
  );
  if (!changed) throw new AppError("not_found");
  return { role };
}
