import "server-only";
import { openAsBlob } from "node:fs";
import { sql } from "drizzle-orm";
import { serviceDb, serviceSupabase } from "@/src/db/service-client";
import { withUser } from "@/src/db/with-user";
import type { ClaimedExport } from "./claim-data-export";
import { dataExportObjectName, dataExportsBucket } from "./data-exports-bucket";
import { downloadExportFile } from "./download-export-file";
import { listExportFiles } from "./export-files";
import { accountSources, organizationSources } from "./export-sources";
import { ExportZip } from "./export-zip";
import type { ExportReader } from "./read-export-rows";
import { setDataExportProgress } from "./set-data-export-progress";
import { writeTableFiles } from "./write-table-files";

/** The export can no longer be built for its requester (no longer the organization's owner). */
export class DataExportRefused extends Error {}

async function stillOwner(orgId: string, userId: string): Promise<boolean> {
  const rows = await serviceDb().execute(sql`
    select 1 from public.memberships
    where org_id = ${orgId} and user_id = ${userId} and role = 'owner' and status = 'accepted'`);
  return rows.length > 0;
}

/** Who the person is to Supabase Auth: the account record itself is part of their personal data. */
async function accountRecord(userId: string): Promise<Record<string, unknown>> {
  const { data, error } = await serviceSupabase().auth.admin.getUserById(userId);
  if (error || !data.user) throw new Error(`Reading the account ${userId} failed: ${error?.message ?? "no user"}`);
  const { id, email, phone, created_at, last_sign_in_at, email_confirmed_at, user_metadata, identities } = data.user;
  return {
    id,
    email,
    phone: phone || null,
    created_at,
    email_confirmed_at: email_confirmed_at ?? null,
    last_sign_in_at: last_sign_in_at ?? null,
    user_metadata,
    sign_in_methods: (identities ?? []).map((identity) => identity.provider),
  };
}

/**
 * Builds an export's zip and stores it in the private bucket, replacing what a dead attempt may have left
 * (the object name is the export's own). Inside: `manifest.json`, `tables/<table>.json` and `.csv` for each
 * table, `files/<bucket>/<object>` for the stored files, and for a person `account.json`.
 *
 * Reads go through row-level security as the requester (`withUser` with their claims), one short transaction
 * per page, each filtered by the organization (or the person): what the export holds is what the requester
 * could read in the app, so another organization's rows and agency-only rows (internal ticket notes) cannot
 * be in it. The service client only checks that the requester is still the owner, reports progress and
 * moves bytes (Storage objects listed from those RLS-read rows).
 */
export async function buildDataExport(
  claimed: ClaimedExport,
  now: Date,
): Promise<{ objectName: string; bytes: number; rows: number; files: number }> {
  if (claimed.scope === "organization" && !(await stillOwner(claimed.orgId!, claimed.requestedBy))) {
    throw new DataExportRefused("The requester is no longer the organization's owner");
  }
  const claims = { sub: claimed.requestedBy, role: "authenticated", aud: "authenticated" };
  const read: ExportReader = (fn) => withUser(claims, fn);
  const sources = await read((tx) =>
    claimed.scope === "organization"
      ? organizationSources(tx, claimed.orgId!)
      : accountSources(tx, claimed.requestedBy),
  );
  const files = await listExportFiles(
    read,
    claimed.scope === "organization"
      ? { scope: "organization", orgId: claimed.orgId! }
      : { scope: "account", userId: claimed.requestedBy },
  );

  const zip = await ExportZip.open();
  try {
    const tables: Record<string, number> = {};
    const steps = sources.length + files.length;
    let done = 0;
    const advance = () => setDataExportProgress(claimed.id, (++done / Math.max(steps, 1)) * 95);

    if (claimed.scope === "account") {
      zip.addText(`${JSON.stringify(await accountRecord(claimed.requestedBy), null, 2)}\n`, "account.json");
    }
    for (const source of sources) {
      const paths = { json: zip.staging(`${source.table}.json`), csv: zip.staging(`${source.table}.csv`) };
      tables[source.table] = await writeTableFiles(read, source, paths);
      zip.addFile(paths.json, `tables/${source.table}.json`);
      zip.addFile(paths.csv, `tables/${source.table}.csv`);
      await advance();
    }
    const missing: string[] = [];
    for (const [index, file] of files.entries()) {
      const path = zip.staging(`file-${index}`);
      if (await downloadExportFile(file, path)) zip.addFile(path, `files/${file.bucket}/${file.objectName}`);
      else missing.push(`${file.bucket}/${file.objectName}`);
      await advance();
    }
    const manifest = {
      scope: claimed.scope,
      organization_id: claimed.orgId,
      requested_by: claimed.requestedBy,
      generated_at: now.toISOString(),
      tables,
      files: files.length - missing.length,
      missing_files: missing,
    };
    zip.addText(`${JSON.stringify(manifest, null, 2)}\n`, "manifest.json");
    const { path, bytes } = await zip.close();

    const objectName = dataExportObjectName(claimed.id, claimed.scope);
    const { error } = await serviceSupabase()
      .storage.from(dataExportsBucket)
      .upload(objectName, await openAsBlob(path, { type: "application/zip" }), {
        contentType: "application/zip",
        upsert: true,
      });
    if (error) throw new Error(`Storing ${objectName} failed: ${error.message}`);
    const rows = Object.values(tables).reduce((sum, count) => sum + count, 0);
    return { objectName, bytes, rows, files: files.length - missing.length };
  } finally {
    await zip.dispose();
  }
}
