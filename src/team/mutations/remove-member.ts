import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Takes someone out of the organization (their seat is free at once). Admins remove plain members, owners
 * anyone (`protected_column:role` otherwise); the last owner is never removed (`last_owner`). Someone the user
 * cannot see, or may not remove under row-level security, is `not_found`.
 */
export async function removeMember(db: RequestDb, orgId: string, userId: string): Promise<void> {
  const [removed] = await db((tx) =>
    tx
      .delete(memberships)
      .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)))
      .returning({ id: memberships.id }),
  );
  if (!removed) throw new AppError("not_found");
}
