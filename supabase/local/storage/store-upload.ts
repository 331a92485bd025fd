import type { Sql } from "postgres";
import { asCaller, testRun } from "./as-caller.ts";
import type { BucketSettings } from "./bucket-settings.ts";
import type { Caller } from "./caller.ts";
import type { StorageDeps } from "./deps.ts";
import type { ReceivedFile } from "./disk.ts";
import { errors } from "./errors.ts";
import { isEmptyFolderPlaceholder, isMimeTypeAllowed } from "./limits.ts";
import { writeObject, type ObjectContent, type ObjectMetadata, type WriteMode } from "./object-rows.ts";
import type { Operation } from "./operations.ts";
import { parseUpload } from "./parse-upload.ts";

/** An object write on behalf of a caller. */
export interface WriteTarget {
  bucketId: string;
  name: string;
  caller: Caller;
  mode: WriteMode;
  operation: Operation;
}

/**
 * Test-runs the row write as the caller, so a denied policy or a taken key fails before any byte is stored.
 * With the size the client declares (a resumable upload's Upload-Length), the row carries it, so what the
 * database counts on write (a storage quota) refuses the upload before its first byte too.
 */
export async function checkUploadPermission(sql: Sql, target: WriteTarget, declared?: DeclaredObject): Promise<void> {
  const { bucketId, name, caller, mode, operation } = target;
  const metadata = declared ? objectMetadata({ size: declared.size, eTag: "" }, declared) : null;
  const placeholder = { version: crypto.randomUUID(), owner: caller.owner, metadata, userMetadata: undefined };
  await testRun(sql, caller, operation, (tx) => writeObject(tx, mode, bucketId, name, placeholder));
}

/**
 * Writes the row for bytes already stored as `content.version`. If the write fails those bytes are removed;
 * once it commits, the bytes of the version it replaced are.
 */
export async function commitObject(deps: StorageDeps, target: WriteTarget, content: ObjectContent): Promise<string> {
  const { bucketId, name, caller, mode, operation } = target;
  let written: { id: string; replacedVersion: string | null };
  try {
    written = await asCaller(deps.ctx.sql, caller, operation, (tx) => writeObject(tx, mode, bucketId, name, content));
  } catch (failure) {
    await deps.disk.remove([content.version]);
    throw failure;
  }
  if (written.replacedVersion !== content.version) await deps.disk.remove([written.replacedVersion]);
  return written.id;
}

/** The largest object the bucket takes (the project's limit, or the bucket's own when lower). */
export function objectSizeLimit(deps: StorageDeps, bucket: BucketSettings, name: string): number {
  if (isEmptyFolderPlaceholder(name)) return 0;
  const globalLimit = deps.ctx.config.storage.file_size_limit;
  return Math.min(globalLimit, bucket.fileSizeLimit ?? globalLimit);
}

/**
 * Storage's upload: check the write as the caller, stream the body to a temporary file within the bucket's
 * size and type limits, then publish the bytes and write the row. A failure at any step leaves neither a
 * row nor a file behind.
 */
export async function storeUpload(
  deps: StorageDeps,
  req: Request,
  bucket: BucketSettings,
  target: WriteTarget,
): Promise<string> {
  await checkUploadPermission(deps.ctx.sql, target);
  const limit = objectSizeLimit(deps, bucket, target.name);
  const incoming = await parseUpload(req);
  if (bucket.allowedMimeTypes && !isEmptyFolderPlaceholder(target.name)) {
    if (!isMimeTypeAllowed(incoming.mimeType, bucket.allowedMimeTypes)) {
      throw errors.invalidMimeType(incoming.mimeType);
    }
  }
  const received = await deps.disk.receive(incoming.body, limit);
  return publishObject(deps, target, received, incoming);
}

/** What the client says of an object before its bytes: its type and caching, and (resumable uploads) its size. */
export interface DeclaredObject {
  mimeType: string;
  cacheControl: string;
  size: number;
}

function objectMetadata(
  bytes: { size: number; eTag: string },
  declared: Pick<DeclaredObject, "mimeType" | "cacheControl">,
): ObjectMetadata {
  return {
    eTag: bytes.eTag,
    size: bytes.size,
    mimetype: declared.mimeType,
    cacheControl: declared.cacheControl,
    lastModified: new Date().toISOString(),
    contentLength: bytes.size,
    httpStatusCode: 200,
  };
}

/** Makes received bytes a new version and writes the object's row for it (see commitObject). */
export async function publishObject(
  deps: StorageDeps,
  target: WriteTarget,
  received: ReceivedFile,
  declared: Pick<DeclaredObject, "mimeType" | "cacheControl"> & { userMetadata?: Record<string, unknown> },
): Promise<string> {
  const version = crypto.randomUUID();
  try {
    await deps.disk.place(received, version);
  } catch (failure) {
    await deps.disk.discard(received);
    throw failure;
  }
  return commitObject(deps, target, {
    version,
    owner: target.caller.owner,
    metadata: objectMetadata(received, declared),
    userMetadata: declared.userMetadata,
  });
}
