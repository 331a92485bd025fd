import type { TransactionSql } from "postgres";
import { asCaller, asStorageAdmin } from "./as-caller.ts";
import { findBucketSettings } from "./bucket-settings.ts";
import type { Caller } from "./caller.ts";
import type { StorageDeps } from "./deps.ts";
import { errors } from "./errors.ts";
import { mustBeValidKey } from "./limits.ts";
import { requireObject, type ObjectRow } from "./object-rows.ts";
import type { Operation } from "./operations.ts";

/**
 * Finds an object for the read routes as Storage does: the bucket must exist (and be public for callers
 * without a valid token); objects of public buckets are read without RLS, others as the caller, so a row
 * the caller's SELECT policies hide is simply not found.
 */
export async function findReadableObject(
  deps: StorageDeps,
  caller: Caller,
  bucketId: string,
  key: string,
  operation: Operation,
): Promise<ObjectRow> {
  mustBeValidKey(key);
  const bucket = await findBucketSettings(deps.ctx.sql, bucketId);
  if (!bucket || (!caller.verified && !bucket.public)) throw errors.noSuchBucket();
  const read = (tx: TransactionSql) => requireObject(tx, bucketId, key);
  return bucket.public ? asStorageAdmin(deps.ctx.sql, read) : asCaller(deps.ctx.sql, caller, operation, read);
}

/** Reads an object with RLS bypassed, for public buckets and signed URLs. */
export async function findObjectAsAdmin(deps: StorageDeps, bucketId: string, key: string): Promise<ObjectRow> {
  mustBeValidKey(key);
  return asStorageAdmin(deps.ctx.sql, (tx) => requireObject(tx, bucketId, key));
}
