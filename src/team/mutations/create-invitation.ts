import "server-only";
import { randomUUID } from "node:crypto";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/src/db/client";
import { invitations } from "@/src/db/schema";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";
import { hashInvitationToken, invitationTokenFor } from "../invitation-token";
import type { InvitationRole } from "../team-roles";

export interface CreatedInvitation {
  id: string;
  email: string;
}

/**
 * Inserts one invitation as the request's user, with a fresh id and the hash of the token derived from it;
 * the database queues its email in the same transaction. Refusals are the database's: a member inviting
 * (row-level security), an admin inviting an admin (`protected_column:role`), an existing member
 * (`already_member`) and the last seat taken (`tier_limit_exceeded:team_members`, pending invitations count).
 */
export async function insertInvitation(
  tx: Transaction,
  orgId: string,
  values: { email: string; role: InvitationRole },
): Promise<CreatedInvitation> {
  const id = randomUUID();
  const [created] = await tx
    .insert(invitations)
    .values({
      id,
      orgId,
      email: values.email,
      role: values.role,
      tokenHash: hashInvitationToken(invitationTokenFor(id)),
    })
    .returning({ id: invitations.id, email: invitations.email });
  if (!created) throw new Error("insert into invitations returned no row");
  return created;
}

/**
 * "Invite by email". An address with an open invitation is told so (resend it instead); a lapsed one still
 * occupies the address's slot (one unaccepted invitation per address), so it is replaced in the same
 * transaction — it held no seat, the new one needs a free seat.
 */
export async function createInvitation(
  db: RequestDb,
  orgId: string,
  values: { email: string; role: InvitationRole },
): Promise<CreatedInvitation> {
  return db(async (tx) => {
    const [existing] = await tx
      .select({ id: invitations.id, open: sql<boolean>`${invitations.expiresAt} > now()` })
      .from(invitations)
      .where(and(eq(invitations.orgId, orgId), eq(invitations.email, values.email), isNull(invitations.acceptedAt)));
    if (existing?.open) throw new AppError("already_invited");
    if (existing) await tx.delete(invitations).where(eq(invitations.id, existing.id));
    return insertInvitation(tx, orgId, values);
  });
}
