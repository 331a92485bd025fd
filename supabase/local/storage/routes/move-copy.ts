import { z } from "zod";
import { asCaller, isUniqueViolation } from "../as-caller.ts";
import { requireBucketSettings } from "../bucket-settings.ts";
import { authenticate } from "../caller.ts";
import { errors } from "../errors.ts";
import { mustBeValidKey } from "../limits.ts";
import { requireObject, type ObjectMetadata } from "../object-rows.ts";
import { operations } from "../operations.ts";
import { parseUserMetadataHeader } from "../parse-upload.ts";
import { readJsonBody } from "../request-body.ts";
import type { Route, RouteRequest } from "../router.ts";
import { checkUploadPermission, commitObject, type WriteTarget } from "../store-upload.ts";

const transferSchema = z.object({
  bucketId: z.string(),
  sourceKey: z.string(),
  destinationKey: z.string(),
  destinationBucket: z.string().nullish(),
});

/** Rewrites the row's bucket and name as the caller (SELECT + UPDATE policies); the bytes stay where they are. */
async function moveObject({ req, deps }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const body = await readJsonBody(req, transferSchema);
  const destinationBucket = body.destinationBucket || body.bucketId;
  mustBeValidKey(body.sourceKey);
  mustBeValidKey(body.destinationKey);
  await requireBucketSettings(deps.ctx.sql, destinationBucket);
  const unchanged = destinationBucket === body.bucketId && body.destinationKey === body.sourceKey;
  try {
    const id = await asCaller(deps.ctx.sql, caller, operations.moveObject, async (tx) => {
      const source = await requireObject(tx, body.bucketId, body.sourceKey);
      if (unchanged) return source.id;
      const moved = await tx`
        update storage.objects set bucket_id = ${destinationBucket}, name = ${body.destinationKey}
        where bucket_id = ${body.bucketId} and name = ${body.sourceKey}`;
      if (moved.count === 0) throw errors.noSuchKey();
      return source.id;
    });
    return Response.json({ message: "Successfully moved", Id: id, Key: body.destinationKey });
  } catch (failure) {
    if (isUniqueViolation(failure)) throw errors.keyAlreadyExists();
    throw failure;
  }
}

const copySchema = transferSchema.extend({
  copyMetadata: z.boolean().default(true),
  metadata: z.object({ cacheControl: z.string().optional(), mimetype: z.string().optional() }).optional(),
});

/** Reads the source as the caller, then stores a copy of its bytes as a new object the caller creates. */
async function copyObject({ req, deps }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const body = await readJsonBody(req, copySchema);
  const destinationBucket = body.destinationBucket || body.bucketId;
  mustBeValidKey(body.sourceKey);
  mustBeValidKey(body.destinationKey);
  await requireBucketSettings(deps.ctx.sql, destinationBucket);
  const target: WriteTarget = {
    bucketId: destinationBucket,
    name: body.destinationKey,
    caller,
    mode: req.headers.get("x-upsert") === "true" ? "upsert" : "create",
    operation: operations.copyObject,
  };
  const source = await asCaller(deps.ctx.sql, caller, operations.copyObject, (tx) =>
    requireObject(tx, body.bucketId, body.sourceKey),
  );
  if (!source.version) throw errors.noSuchKey();
  await checkUploadPermission(deps.ctx.sql, target);

  const version = crypto.randomUUID();
  await deps.disk.duplicate(source.version, version);
  const overrides = body.copyMetadata ? {} : (body.metadata ?? {});
  const metadata = { ...source.metadata, ...overrides, lastModified: new Date().toISOString() } as ObjectMetadata;
  const userMetadata = body.copyMetadata
    ? (source.user_metadata ?? undefined)
    : parseUserMetadataHeader(req.headers.get("x-metadata"));
  const id = await commitObject(deps, target, { version, owner: caller.owner, metadata, userMetadata });
  return Response.json({ Id: id, Key: `${destinationBucket}/${body.destinationKey}` });
}

export const moveCopyRoutes: Route[] = [
  { methods: ["POST"], pattern: "/object/move", handle: moveObject },
  { methods: ["POST"], pattern: "/object/copy", handle: copyObject },
];
