import { requireBucketSettings } from "../bucket-settings.ts";
import { authenticate, signedUploader } from "../caller.ts";
import { mustBeValidKey } from "../limits.ts";
import { operations } from "../operations.ts";
import type { Route, RouteRequest } from "../router.ts";
import { verifyToken } from "../signed-token.ts";
import { storeUpload } from "../store-upload.ts";

async function uploadObject({ req, deps, bucket, key }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  mustBeValidKey(key);
  const settings = await requireBucketSettings(deps.ctx.sql, bucket);
  const replacing = req.method === "PUT";
  const id = await storeUpload(deps, req, settings, {
    bucketId: bucket,
    name: key,
    caller,
    mode: replacing ? "update" : req.headers.get("x-upsert") === "true" ? "upsert" : "create",
    operation: replacing ? operations.updateObject : operations.uploadObject,
  });
  return Response.json({ Id: id, Key: `${bucket}/${key}` });
}

/** The token from createSignedUploadUrl authorises the write; the object belongs to whoever signed it. */
async function uploadToSignedUrl({ req, url, deps, bucket, key }: RouteRequest): Promise<Response> {
  const token = await verifyToken(deps.ctx.keys.jwtSecret, url.searchParams.get("token"), "upload", `${bucket}/${key}`);
  mustBeValidKey(key);
  const settings = await requireBucketSettings(deps.ctx.sql, bucket);
  const id = await storeUpload(deps, req, settings, {
    bucketId: bucket,
    name: key,
    caller: signedUploader(token.owner),
    mode: token.upsert ? "upsert" : "create",
    operation: operations.uploadSignedObject,
  });
  return Response.json({ Id: id, Key: `${bucket}/${key}` });
}

export const uploadRoutes: Route[] = [
  { methods: ["PUT"], pattern: "/object/upload/sign/:bucket/*", handle: uploadToSignedUrl },
  { methods: ["POST", "PUT"], pattern: "/object/:bucket/*", handle: uploadObject },
];
