import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { dataExports, type DataExportStatus } from "@/src/db/schema";
import { createSupabaseServerClient } from "@/src/supabase/server-client";
import type { RequestDb } from "@/src/workspace/request-db";
import { dataExportsBucket } from "../exports/data-exports-bucket";

export interface DataExportView {
  id: string;
  status: DataExportStatus;
  progress: number;
  createdAt: Date;
  expiresAt: Date | null;
  bytes: number | null;
  /** A short-lived signed link for a ready export, made with the viewer's own Storage session. */
  downloadUrl: string | null;
}

/** Long enough for a page left open a while; the email's link is the one that lasts the 7 days. */
const LINK_SECONDS = 15 * 60;

/**
 * The latest exports of a person's account or of an organization, as row-level security shows them to the
 * viewer. A ready export past its 7 days reads as expired even before the daily job removes its zip.
 */
export async function listDataExports(
  db: RequestDb,
  subject: { scope: "account"; userId: string } | { scope: "organization"; orgId: string },
  now = new Date(),
): Promise<DataExportView[]> {
  const rows = await db((tx) =>
    tx
      .select()
      .from(dataExports)
      .where(
        subject.scope === "account"
          ? and(eq(dataExports.scope, "account"), eq(dataExports.requestedBy, subject.userId))
          : and(eq(dataExports.scope, "organization"), eq(dataExports.orgId, subject.orgId)),
      )
      .orderBy(desc(dataExports.createdAt))
      .limit(10),
  );
  const supabase = rows.some((row) => row.status === "ready") ? await createSupabaseServerClient() : null;
  return Promise.all(
    rows.map(async (row) => {
      const expired = row.status === "ready" && row.expiresAt !== null && row.expiresAt <= now;
      const status: DataExportStatus = expired ? "expired" : row.status;
      let downloadUrl: string | null = null;
      if (status === "ready" && row.objectName && supabase) {
        const { data } = await supabase.storage
          .from(dataExportsBucket)
          .createSignedUrl(row.objectName, LINK_SECONDS, { download: row.objectName.split("/").pop() });
        downloadUrl = data?.signedUrl ?? null;
      }
      return {
        id: row.id,
        status,
        progress: row.progress,
        createdAt: row.createdAt,
        expiresAt: row.expiresAt,
        bytes: row.bytes,
        downloadUrl,
      };
    }),
  );
}
