import type { JSONValue, TransactionSql } from "postgres";
import { isUniqueViolation } from "./as-caller.ts";
import { ownerColumns } from "./caller.ts";
import { errors } from "./errors.ts";

/** A storage.objects row as the object routes read it. */
export interface ObjectRow {
  id: string;
  bucket_id: string;
  name: string;
  version: string | null;
  metadata: Record<string, unknown> | null;
  user_metadata: Record<string, unknown> | null;
  created_at: Date;
  updated_at: Date;
  last_accessed_at: Date;
}

/** `metadata` Storage writes for each stored version. */
export interface ObjectMetadata {
  eTag: string;
  size: number;
  mimetype: string;
  cacheControl: string;
  lastModified: string;
  contentLength: number;
  httpStatusCode: number;
}

/** The content a write gives an object row; `metadata` is null while only testing permissions. */
export interface ObjectContent {
  version: string;
  owner: string | undefined;
  metadata: ObjectMetadata | null;
  userMetadata: Record<string, unknown> | undefined;
}

/** How a write treats an existing object: refuse it, replace it, or require it. */
export type WriteMode = "create" | "upsert" | "update";

export async function findObject(tx: TransactionSql, bucketId: string, name: string): Promise<ObjectRow | undefined> {
  const [row] = await tx<ObjectRow[]>`
    select id, bucket_id, name, version, metadata, user_metadata, created_at, updated_at, last_accessed_at
    from storage.objects where bucket_id = ${bucketId} and name = ${name}`;
  return row;
}

export async function requireObject(tx: TransactionSql, bucketId: string, name: string): Promise<ObjectRow> {
  const row = await findObject(tx, bucketId, name);
  if (!row) throw errors.noSuchKey();
  return row;
}

/**
 * Writes an object row under the caller's role, so INSERT / UPDATE (and for upserts SELECT) policies decide.
 * Inserts never use RETURNING, which would also demand a SELECT policy. Returns the row id and the version
 * the write replaced, whose bytes the caller removes once committed.
 */
export async function writeObject(
  tx: TransactionSql,
  mode: WriteMode,
  bucketId: string,
  name: string,
  content: ObjectContent,
): Promise<{ id: string; replacedVersion: string | null }> {
  const { owner, owner_id } = ownerColumns(content.owner);
  const metadata = content.metadata ? tx.json({ ...content.metadata }) : null;
  const userMetadata = content.userMetadata ? tx.json(content.userMetadata as JSONValue) : null;
  const existing = mode === "create" ? undefined : await findObject(tx, bucketId, name);
  if (mode === "update") {
    if (!existing) throw errors.noSuchKey();
    const updated = await tx`
      update storage.objects
      set owner = ${owner}, owner_id = ${owner_id}, version = ${content.version},
        metadata = ${metadata}::jsonb, user_metadata = ${userMetadata}::jsonb
      where bucket_id = ${bucketId} and name = ${name}`;
    if (updated.count === 0) throw errors.noSuchKey();
    return { id: existing.id, replacedVersion: existing.version };
  }
  const id = existing?.id ?? crypto.randomUUID();
  try {
    if (mode === "create") {
      await tx`
        insert into storage.objects (id, bucket_id, name, owner, owner_id, version, metadata, user_metadata)
        values (${id}, ${bucketId}, ${name}, ${owner}, ${owner_id}, ${content.version}, ${metadata}::jsonb,
          ${userMetadata}::jsonb)`;
    } else {
      await tx`
        insert into storage.objects (id, bucket_id, name, owner, owner_id, version, metadata, user_metadata)
        values (${id}, ${bucketId}, ${name}, ${owner}, ${owner_id}, ${content.version}, ${metadata}::jsonb,
          ${userMetadata}::jsonb)
        on conflict (bucket_id, name) do update
        set owner = excluded.owner, owner_id = excluded.owner_id, version = excluded.version,
          metadata = excluded.metadata, user_metadata = excluded.user_metadata, last_accessed_at = now()`;
    }
  } catch (failure) {
    if (isUniqueViolation(failure)) throw errors.keyAlreadyExists();
    throw failure;
  }
  return { id, replacedVersion: existing?.version ?? null };
}
