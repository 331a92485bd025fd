import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { invitations } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";

/**
 * Withdraws an invitation not yet accepted: its link stops working, its seat is free and a queued email for it
 * is dropped by the sender. Only owners withdraw admin invitations (`protected_column:role`); an invitation
 * the user cannot see (members, another organization) is `not_found`.
 */
export async function revokeInvitation(db: RequestDb, orgId: string, invitationId: string): Promise<{ email: string }> {
  const [revoked] = await db((tx) =>
    tx
      .delete(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.orgId, orgId), isNull(invitations.acceptedAt)))
      .returning({ email: invitations.email }),
  );
  if (!revoked) throw new AppError("not_found");
  return revoked;
}
