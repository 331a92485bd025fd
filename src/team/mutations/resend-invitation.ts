import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { invitations } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";
import { insertInvitation, type CreatedInvitation } from "./create-invitation";

/**
 * "Resend": invitations are never rewritten, so the old one is revoked (its link stops working) and a new one
 * with a new token and a fresh expiry takes its place, in one transaction — it keeps the seat the old one held,
 * and nothing changes if either step is refused (an admin resending an admin invitation, a lapsed invitation
 * with no seat left). A new email goes out with the new link.
 */
export async function resendInvitation(db: RequestDb, orgId: string, invitationId: string): Promise<CreatedInvitation> {
  return db(async (tx) => {
    const [revoked] = await tx
      .delete(invitations)
      .where(and(eq(invitations.id, invitationId), eq(invitations.orgId, orgId), isNull(invitations.acceptedAt)))
      .returning({ email: invitations.email, role: invitations.role });
    if (!revoked) throw new AppError("not_found");
    return insertInvitation(tx, orgId, revoked);
  });
}
