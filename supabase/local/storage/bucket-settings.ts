import type { Sql } from "postgres";
import { errors } from "./errors.ts";

/** What Storage needs to know about a bucket before touching its objects. */
export interface BucketSettings {
  id: string;
  public: boolean;
  fileSizeLimit: number | null;
  allowedMimeTypes: string[] | null;
}

interface BucketSettingsRow {
  id: string;
  public: boolean | null;
  file_size_limit: string | null;
  allowed_mime_types: string[] | null;
}

/**
 * Reads a bucket with elevated privileges, as Storage does: a private bucket exists (and has limits) for
 * every caller, whatever the bucket policies say. Never call it inside a caller transaction: the local
 * Postgres serialises connections, so a second connection would wait for that transaction forever.
 */
export async function findBucketSettings(sql: Sql, id: string): Promise<BucketSettings | undefined> {
  const [row] = await sql<BucketSettingsRow[]>`
    select id, public, file_size_limit, allowed_mime_types from storage.buckets where id = ${id}`;
  if (!row) return undefined;
  return {
    id: row.id,
    public: row.public === true,
    fileSizeLimit: row.file_size_limit === null ? null : Number(row.file_size_limit),
    allowedMimeTypes: row.allowed_mime_types,
  };
}

export async function requireBucketSettings(sql: Sql, id: string): Promise<BucketSettings> {
  const bucket = await findBucketSettings(sql, id);
  if (!bucket) throw errors.noSuchBucket();
  return bucket;
}
