import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { InvitationRole } from "../team-roles";

export interface PendingInvitation {
  id: string;
  email: string;
  role: InvitationRole;
  /** The inviter's name, when their profile is still readable (they may have left the organization). */
  invitedBy: string | null;
  sentAt: Date;
  expiresAt: Date;
  /** Lapsed: it holds no seat and its link no longer works; resending sends a fresh one. */
  expired: boolean;
}

type Row = {
  id: string;
  email: string;
  role: InvitationRole;
  invited_by: string | null;
  sent_at: string;
  expires_at: string;
  expired: boolean;
};

/**
 * The invitations not yet accepted, open ones first and the newest first. Row-level security shows them to
 * the organization's owners and admins only: for a member this is an empty list.
 */
export async function getPendingInvitations(db: RequestDb, orgId: string): Promise<PendingInvitation[]> {
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      select i.id, i.email::text as email, i.role, p.full_name as invited_by, i.created_at as sent_at,
        i.expires_at, i.expires_at <= now() as expired
      from public.invitations i
      left join public.profiles p on p.id = i.invited_by
      where i.org_id = ${orgId}::uuid and i.accepted_at is null
      order by i.expires_at <= now(), i.created_at desc`),
  );
  return rows.map((row) => ({
    id: row.id,
    email: row.email,
    role: row.role,
    invitedBy: row.invited_by,
    sentAt: new Date(row.sent_at),
    expiresAt: new Date(row.expires_at),
    expired: row.expired,
  }));
}
