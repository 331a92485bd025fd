import "server-only";
import { and, eq } from "drizzle-orm";
import { memberships } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Hands the organization to an admin, in one transaction: the admin becomes owner first (so the organization
 * is never without one), then the previous owner becomes admin. Only an owner can do either step
 * (`protected_column:role`); the new owner must already be an admin of the organization.
 */
export async function transferOwnership(
  db: RequestDb,
  orgId: string,
  { from, to }: { from: string; to: string },
): Promise<void> {
  if (from === to) throw new AppError("invalid_input");
  await db(async (tx) => {
    const ofOrg = (userId: string) =>
      and(eq(memberships.orgId, orgId), eq(memberships.userId, userId), eq(memberships.status, "accepted"));
    const [target] = await tx.select({ role: memberships.role }).from(memberships).where(ofOrg(to));
    if (!target) throw new AppError("not_found");
    if (target.role !== "admin") throw new AppError("invalid_input");
    await tx.update(memberships).set({ role: "owner" }).where(ofOrg(to));
    const [previous] = await tx
      .update(memberships)
      .set({ role: "admin" })
      .where(and(ofOrg(from), eq(memberships.role, "owner")))
      .returning({ id: memberships.id });
    if (!previous) throw new AppError("owner_only");
  });
}
