import "server-only";
import { sql } from "drizzle-orm";
import { cache } from "react";
import type { RequestDb } from "@/src/workspace/request-db";

export interface StaffOption {
  userId: string;
  name: string;
  role: "admin" | "developer";
}

/** The agency's staff members, to assign tickets to; cached per request (the queue and a ticket page share it). */
export const getStaffOptions = cache(async (db: RequestDb): Promise<StaffOption[]> => {
  const rows = await db((tx) =>
    tx.execute<{ user_id: string; name: string | null; role: StaffOption["role"] }>(sql`
      select s.user_id, p.full_name as name, s.role
      from public.staff s left join public.profiles p on p.id = s.user_id
      order by p.full_name nulls last`),
  );
  return rows.map((row) => ({ userId: row.user_id, name: row.name ?? row.user_id.slice(0, 8), role: row.role }));
});
