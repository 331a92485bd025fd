import { createReadStream } from "node:fs";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import { FileStore } from "@tus/file-store";
import { MemoryLocker, Server, type ServerOptions } from "@tus/server";
import type { Upload } from "@tus/utils";
import { requireBucketSettings } from "../bucket-settings.ts";
import { authenticate, signedUploader, type Caller } from "../caller.ts";
import type { StorageDeps } from "../deps.ts";
import { errors, StorageError } from "../errors.ts";
import { isMimeTypeAllowed, mustBeValidKey } from "../limits.ts";
import { operations } from "../operations.ts";
import type { Route, RouteRequest } from "../router.ts";
import { verifyToken } from "../signed-token.ts";
import { checkUploadPermission, objectSizeLimit, publishObject, type WriteTarget } from "../store-upload.ts";

/**
 * Storage's resumable uploads (`/upload/resumable`, the tus 1.0 protocol), served by the tus project's own
 * server, as Supabase Storage does. The bytes gather in a tus file store; only when the last one arrives does
 * the object exist: its bytes are published like any upload and its row written as the caller, so policies and
 * the storage quota decide then, exactly as for a single-request upload. Before that, creating an upload
 * test-runs the row with the declared Upload-Length, so an upload the caller may not make, or one that would
 * not fit the quota, is refused before its first byte. As on Supabase:
 *   * `/upload/resumable` authenticates with the caller's JWT on every request (HEAD excepted);
 *   * `/upload/resumable/sign` takes a signed upload URL's token in `x-signature` instead, checked on every
 *     request, and writes for the token's owner;
 *   * metadata names `bucketName`, `objectName`, `contentType` and `cacheControl`; an upload's URL carries its
 *     id (bucket, object and a fresh version, base64url) and stays valid for a day.
 */

const DAY_MS = 24 * 60 * 60 * 1000;

/** Who the request writes as, set by the route before tus handles it. */
interface UploadRequestContext {
  signed: boolean;
  caller: Caller | undefined;
}

interface UploadTargetId {
  bucket: string;
  objectName: string;
}

function encodeId(target: UploadTargetId): string {
  return Buffer.from(`${target.bucket}/${target.objectName}/${crypto.randomUUID()}`, "utf8").toString("base64url");
}

function decodeId(id: string): UploadTargetId {
  const decoded = Buffer.from(id, "base64url").toString("utf8");
  const first = decoded.indexOf("/");
  const last = decoded.lastIndexOf("/");
  if (first <= 0 || last <= first) throw errors.invalidRequest("Invalid upload id");
  return { bucket: decoded.slice(0, first), objectName: decoded.slice(first + 1, last) };
}

/** tus answers failures as `{ status_code, body }`; Storage's own errors keep their JSON body and status. */
function asTusError(failure: unknown): { status_code: number; body: string } | undefined {
  if (!(failure instanceof StorageError)) return undefined;
  const body = {
    statusCode: String(failure.status),
    code: failure.code,
    error: failure.error,
    message: failure.message,
  };
  return { status_code: failure.httpStatus, body: JSON.stringify(body) };
}

export function resumableUploadRoutes(deps: StorageDeps, directory: string): Route[] {
  const contexts = new WeakMap<Request, UploadRequestContext>();
  const datastore = new FileStore({ directory, expirationPeriodInMilliseconds: DAY_MS });
  // Uploads abandoned for more than a day (their URLs have expired) go when the stack starts.
  void datastore.deleteExpired().catch(() => {});

  const contextOf = (req: Request): UploadRequestContext => {
    const context = contexts.get(req);
    if (!context) throw new Error("resumable upload request without its context");
    return context;
  };

  /** The signed route's token, checked for the object on every request; the upload is then the token owner's. */
  async function verifySignature(req: Request, target: UploadTargetId): Promise<{ upsert: boolean }> {
    const token = await verifyToken(
      deps.ctx.keys.jwtSecret,
      req.headers.get("x-signature"),
      "upload",
      `${target.bucket}/${target.objectName}`,
    );
    contextOf(req).caller = signedUploader(token.owner);
    return { upsert: token.upsert === true };
  }

  function writeTarget(req: Request, target: UploadTargetId, upsert: boolean): WriteTarget {
    const { caller, signed } = contextOf(req);
    if (!caller) throw errors.invalidJwt("jwt must be provided");
    return {
      bucketId: target.bucket,
      name: target.objectName,
      caller,
      mode: upsert ? "upsert" : "create",
      operation: signed ? operations.uploadSignedObject : operations.uploadObject,
    };
  }

  async function targetOf(req: Request, target: UploadTargetId): Promise<WriteTarget> {
    const upsert = contextOf(req).signed
      ? (await verifySignature(req, target)).upsert
      : req.headers.get("x-upsert") === "true";
    return writeTarget(req, target, upsert);
  }

  const options: ServerOptions & { datastore: FileStore } = {
    path: "/storage/v1/upload/resumable",
    datastore,
    locker: new MemoryLocker(),
    disableTerminationForFinishedUploads: true,
    allowedHeaders: ["Authorization", "X-Upsert", "ApiKey", "x-signature"],
    maxSize: () => deps.ctx.config.storage.file_size_limit,
    namingFunction: (req, metadata) => {
      const bucket = metadata?.bucketName ?? "";
      const objectName = metadata?.objectName ?? "";
      if (!bucket || !objectName) throw errors.invalidRequest("Metadata bucketName and objectName are required");
      mustBeValidKey(objectName);
      return encodeId({ bucket, objectName });
    },
    generateUrl: (req, { proto, host, id }) =>
      `${proto}://${host}/storage/v1/upload/resumable${contextOf(req).signed ? "/sign" : ""}/${id}`,
    getFileIdFromRequest: (_req, lastPath) =>
      lastPath && lastPath !== "resumable" && lastPath !== "sign" ? lastPath : undefined,
    onIncomingRequest: async (req, id) => {
      const target = decodeId(id);
      if (req.method === "HEAD" && !contextOf(req).signed) return;
      const write = await targetOf(req, target);
      if (req.method === "PATCH") await checkUploadPermission(deps.ctx.sql, write);
    },
    onUploadCreate: async (req, upload) => {
      const target = decodeId(upload.id);
      const write = await targetOf(req, target);
      const bucket = await requireBucketSettings(deps.ctx.sql, target.bucket);
      const mimeType = upload.metadata?.contentType || "application/octet-stream";
      if (bucket.allowedMimeTypes && !isMimeTypeAllowed(mimeType, bucket.allowedMimeTypes)) {
        throw errors.invalidMimeType(mimeType);
      }
      if (upload.size !== undefined && upload.size > objectSizeLimit(deps, bucket, target.objectName)) {
        throw errors.entityTooLarge();
      }
      await checkUploadPermission(deps.ctx.sql, write, {
        mimeType,
        cacheControl: cacheControlOf(upload),
        size: upload.size ?? 0,
      });
      return {};
    },
    onUploadFinish: async (req, upload) => {
      const target = decodeId(upload.id);
      const path = join(directory, upload.id);
      try {
        const write = await targetOf(req, target);
        const bucket = await requireBucketSettings(deps.ctx.sql, target.bucket);
        const received = await deps.disk.receive(
          createReadStream(path),
          objectSizeLimit(deps, bucket, target.objectName),
        );
        await publishObject(deps, write, received, {
          mimeType: upload.metadata?.contentType || "application/octet-stream",
          cacheControl: cacheControlOf(upload),
        });
      } finally {
        // Published or refused, the upload is over: its gathered bytes go either way.
        await Promise.all([rm(path, { force: true }), rm(`${path}.json`, { force: true })]);
      }
      return { headers: { "Tus-Complete": "1" } };
    },
    onResponseError: (_req, failure) => asTusError(failure),
  };
  const server = new Server(options);

  const handle =
    (signed: boolean) =>
    async ({ req, deps: { ctx } }: RouteRequest): Promise<Response> => {
      const caller = signed || req.method === "OPTIONS" ? undefined : await authenticate(ctx.keys, req);
      contexts.set(req, { signed, caller });
      return server.handleWeb(req);
    };
  const methods = ["POST", "PATCH", "HEAD", "DELETE", "OPTIONS"];
  return [
    { methods, pattern: "/upload/resumable/sign", handle: handle(true) },
    { methods, pattern: "/upload/resumable/sign/*", handle: handle(true) },
    { methods, pattern: "/upload/resumable", handle: handle(false) },
    { methods, pattern: "/upload/resumable/*", handle: handle(false) },
  ];
}

/** Storage's rule: a number of seconds becomes `max-age=<n>`; anything else, `no-cache`. */
function cacheControlOf(upload: Upload): string {
  const value = upload.metadata?.cacheControl ?? "";
  return /^-?\d+$/.test(value) ? `max-age=${value}` : "no-cache";
}
