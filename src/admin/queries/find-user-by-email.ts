import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface FoundUser {
  userId: string;
  email: string;
  name: string | null;
  createdAt: Date;
  lastSignInAt: Date | null;
  bannedUntil: Date | null;
  isStaff: boolean;
  organizations: string[];
}

/** A user account by exact email, for staff admins (public.find_user_by_email answers nobody else). */
export async function findUserByEmail(db: RequestDb, email: string): Promise<FoundUser | null> {
  const [row] = await db((tx) =>
    tx.execute<{
      user_id: string;
      email: string;
      full_name: string | null;
      created_at: string;
      last_sign_in_at: string | null;
      banned_until: string | null;
      is_staff: boolean;
      organizations: string[];
    }>(sql`select * from public.find_user_by_email(${email})`),
  );
  if (!row) return null;
  return {
    userId: row.user_id,
    email: row.email,
    name: row.full_name,
    createdAt: new Date(row.created_at),
    lastSignInAt: row.last_sign_in_at ? new Date(row.last_sign_in_at) : null,
    bannedUntil: row.banned_until && new Date(row.banned_until) > new Date() ? new Date(row.banned_until) : null,
    isStaff: row.is_staff,
    organizations: row.organizations,
  };
}
