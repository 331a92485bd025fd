import "server-only";
import { sql } from "drizzle-orm";
import type { RequestDb } from "@/src/workspace/request-db";

export interface ViewAsActivity {
  id: string;
  staffName: string;
  memberName: string;
  reason: string;
  readOnly: boolean;
  startedAt: Date;
  /** When it ended, or — while it runs — when it will end at the latest. */
  endedAt: Date;
}

/**
 * The agency's "view as" sessions on the organization, newest first, for its owners (the database answers
 * nothing to anyone else: public.organization_view_as_activity).
 */
export async function getViewAsActivity(db: RequestDb, orgId: string): Promise<ViewAsActivity[]> {
  const rows = await db((tx) =>
    tx.execute<{
      id: string;
      staff_name: string;
      target_name: string;
      reason: string;
      read_only: boolean;
      started_at: string;
      ended_at: string;
    }>(sql`select * from public.organization_view_as_activity(${orgId})`),
  );
  return rows.map((row) => ({
    id: row.id,
    staffName: row.staff_name,
    memberName: row.target_name,
    reason: row.reason,
    readOnly: row.read_only,
    startedAt: new Date(row.started_at),
    endedAt: new Date(row.ended_at),
  }));
}
