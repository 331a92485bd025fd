import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { UserAdminAction } from "../mutations/record-user-admin-action";

export interface UserAdminActionEntry {
  id: string;
  action: UserAdminAction;
  targetEmail: string;
  reason: string;
  staffName: string | null;
  at: Date;
}

/** The latest account actions, newest first (staff admins read them; anyone else gets none). */
export async function getUserAdminActions(db: RequestDb, limit = 20): Promise<UserAdminActionEntry[]> {
  const rows = await db((tx) =>
    tx.execute<{
      id: string;
      action: UserAdminAction;
      target_email: string;
      reason: string;
      staff_name: string | null;
      created_at: string;
    }>(sql`
      select a.id, a.action, a.target_email, a.reason, p.full_name as staff_name, a.created_at
      from public.user_admin_actions a left join public.profiles p on p.id = a.staff_user_id
      order by a.created_at desc limit ${limit}`),
  );
  return rows.map((row) => ({
    id: row.id,
    action: row.action,
    targetEmail: row.target_email,
    reason: row.reason,
    staffName: row.staff_name,
    at: new Date(row.created_at),
  }));
}
