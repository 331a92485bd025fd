import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { InvitationRole } from "../team-roles";

export type InvitationState = "pending" | "expired" | "accepted";

export interface InvitationPreview {
  organizationName: string;
  /** Only for a member of the organization (the invitee who already joined), to take them there. */
  organizationSlug: string | null;
  inviterName: string | null;
  /** The invited address, while the invitation is open. */
  email: string | null;
  role: InvitationRole;
  expiresAt: Date;
  state: InvitationState;
  /** Whether the signed-in visitor is the invitee; null for an anonymous visitor. */
  forCaller: boolean | null;
}

type Row = {
  organization_name: string;
  organization_slug: string | null;
  inviter_name: string | null;
  email: string | null;
  role: InvitationRole;
  expires_at: string;
  state: InvitationState;
  for_caller: boolean | null;
};

/**
 * What the invitation page shows for the token in its URL, through `team.invitation_preview` (anonymous
 * visitors cannot read invitations): null for a token that names none — never issued, revoked, declined, or
 * replaced by a resend. `db` is the visitor's: `withAnon`, or the signed-in user's.
 */
export async function getInvitationPreview(db: RequestDb, token: string): Promise<InvitationPreview | null> {
  const [row] = await db((tx) => tx.execute<Row>(sql`select * from team.invitation_preview(${token}::text)`));
  if (!row) return null;
  return {
    organizationName: row.organization_name,
    organizationSlug: row.organization_slug,
    inviterName: row.inviter_name,
    email: row.email,
    role: row.role,
    expiresAt: new Date(row.expires_at),
    state: row.state,
    forCaller: row.for_caller,
  };
}
