import "server-only";
import { sql } from "drizzle-orm";
import type { MemberRole } from "@/src/workspace/require-workspace";
import type { RequestDb } from "@/src/workspace/request-db";

export interface TeamMember {
  userId: string;
  /** From the profile; null when the person never gave one. */
  name: string | null;
  /** From `team.member_emails`, which answers the organization's members only. */
  email: string | null;
  role: MemberRole;
  joinedAt: Date;
}

type Row = { user_id: string; name: string | null; email: string | null; role: MemberRole; joined_at: string };

/**
 * The organization's accepted members, owners first, then admins, then members, by name. Names come from
 * the profiles the team may read; addresses from `team.member_emails` (auth.users is no client's to read).
 */
export async function getTeamMembers(db: RequestDb, orgId: string): Promise<TeamMember[]> {
  const rows = await db((tx) =>
    tx.execute<Row>(sql`
      select m.user_id, p.full_name as name, e.email, m.role, m.created_at as joined_at
      from public.memberships m
      left join public.profiles p on p.id = m.user_id
      left join team.member_emails(${orgId}::uuid) e on e.user_id = m.user_id
      where m.org_id = ${orgId}::uuid and m.status = 'accepted'
      order by case m.role when 'owner' then 0 when 'admin' then 1 else 2 end,
        lower(coalesce(p.full_name, e.email, '')), m.created_at`),
  );
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: new Date(row.joined_at),
  }));
}
