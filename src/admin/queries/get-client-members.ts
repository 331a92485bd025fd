import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { MemberRole } from "@/src/workspace/require-workspace";

export interface ClientMember {
  userId: string;
  name: string | null;
  email: string | null;
  role: MemberRole;
  joinedAt: Date;
  /** Agency staff who also belong to the organization cannot be viewed as (the database refuses it). */
  isStaff: boolean;
}

/** The organization's accepted members, owners first, with what "View as" needs to offer or refuse. */
export async function getClientMembers(db: RequestDb, orgId: string): Promise<ClientMember[]> {
  const rows = await db((tx) =>
    tx.execute<{
      user_id: string;
      name: string | null;
      email: string | null;
      role: MemberRole;
      created_at: string;
      is_staff: boolean;
    }>(sql`
      select m.user_id, p.full_name as name, e.email, m.role, m.created_at,
        exists (select 1 from public.staff s where s.user_id = m.user_id) as is_staff
      from public.memberships m
      left join public.profiles p on p.id = m.user_id
      left join team.member_emails(${orgId}) e on e.user_id = m.user_id
      where m.org_id = ${orgId} and m.status = 'accepted'
      order by case m.role when 'owner' then 0 when 'admin' then 1 else 2 end, p.full_name nulls last`),
  );
  return rows.map((row) => ({
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    joinedAt: new Date(row.created_at),
    isStaff: row.is_staff,
  }));
}
