import "server-only";
import { sql } from "drizzle-orm";
import { serviceDb } from "@/src/db/service-client";

export interface ClaimedExport {
  id: string;
  scope: "account" | "organization";
  orgId: string | null;
  requestedBy: string;
}

/**
 * Moves a queued export to `building` (a retried run finds it building and carries on). Null when there is
 * nothing to build: the export is already ready, failed or expired, or its requester's account is gone.
 */
export async function claimDataExport(exportId: string): Promise<ClaimedExport | null> {
  const [row] = await serviceDb().execute<{
    scope: ClaimedExport["scope"];
    org_id: string | null;
    requested_by: string;
  }>(sql`
    update public.data_exports set status = 'building', started_at = coalesce(started_at, now())
    where id = ${exportId} and status in ('queued', 'building') and requested_by is not null
    returning scope, org_id, requested_by`);
  return row ? { id: exportId, scope: row.scope, orgId: row.org_id, requestedBy: row.requested_by } : null;
}
