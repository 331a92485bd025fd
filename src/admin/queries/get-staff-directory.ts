import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";
import type { StaffRole } from "../require-admin";

export interface StaffMember {
  userId: string;
  email: string;
  name: string | null;
  role: StaffRole;
  since: Date;
}

/** The agency's staff with their emails (public.staff_directory answers staff only). */
export async function getStaffDirectory(db: RequestDb): Promise<StaffMember[]> {
  const rows = await db((tx) =>
    tx.execute<{ user_id: string; email: string; full_name: string | null; role: StaffRole; created_at: string }>(
      sql`select * from public.staff_directory()`,
    ),
  );
  return rows.map((row) => ({
    userId: row.user_id,
    email: row.email,
    name: row.full_name,
    role: row.role,
    since: new Date(row.created_at),
  }));
}
