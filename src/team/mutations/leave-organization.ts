import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * The user leaves the organization: their own membership is deleted (anyone may, whatever their role), except
 * the last owner's (`last_owner`: ownership goes to an admin first).
 */
export async function leaveOrganization(db: RequestDb, orgId: string, userId: string): Promise<void> {
  const [left] = await db((tx) =>
    tx
      .delete(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
      .returning({ id: memberships.id }),
  );
  if (!left) throw new AppError("not_found");
}
