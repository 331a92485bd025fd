import { z } from "zod";
import { asCaller } from "../as-caller.ts";
import { requireBucketSettings } from "../bucket-settings.ts";
import { authenticate } from "../caller.ts";
import { mustBeValidKey } from "../limits.ts";
import { requireObject } from "../object-rows.ts";
import { operations } from "../operations.ts";
import { readJsonBody } from "../request-body.ts";
import type { Route, RouteRequest } from "../router.ts";
import { signToken } from "../signed-token.ts";
import { checkUploadPermission } from "../store-upload.ts";

/** Storage's default `uploadSignedUrlExpirationTime`: two hours. */
const UPLOAD_URL_LIFETIME = 7200;

const expiresIn = z.number().int().min(1);

/** Image transformations are not emulated: a `transform` option is ignored and the original is signed. */
async function signObjectUrl({ req, deps, bucket, key }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const body = await readJsonBody(req, z.object({ expiresIn }));
  mustBeValidKey(key);
  await asCaller(deps.ctx.sql, caller, operations.signObjectUrl, (tx) => requireObject(tx, bucket, key));
  const url = `${bucket}/${key}`;
  const token = await signToken(deps.ctx.keys.jwtSecret, { url, scope: "download" }, body.expiresIn);
  return Response.json({ signedURL: `/object/sign/${url}?token=${token}` });
}

async function signObjectUrls({ req, deps, bucket }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const body = await readJsonBody(req, z.object({ expiresIn, paths: z.array(z.string()).min(1) }));
  const visible = await asCaller(deps.ctx.sql, caller, operations.signObjectUrls, async (tx) => {
    const rows = await tx<{ name: string }[]>`
      select name from storage.objects where bucket_id = ${bucket} and name = any(${body.paths})`;
    return new Set(rows.map((row) => row.name));
  });
  const signed = await Promise.all(
    body.paths.map(async (path) => {
      if (!visible.has(path)) {
        return { error: "Either the object does not exist or you do not have access to it", path, signedURL: null };
      }
      const url = `${bucket}/${path}`;
      const token = await signToken(deps.ctx.keys.jwtSecret, { url, scope: "download" }, body.expiresIn);
      return { error: null, path, signedURL: `/object/sign/${url}?token=${token}` };
    }),
  );
  return Response.json(signed);
}

/** Checked at signing time as the caller (INSERT, or the upsert's policies); the upload itself needs no JWT. */
async function signUploadUrl({ req, deps, bucket, key }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  mustBeValidKey(key);
  await requireBucketSettings(deps.ctx.sql, bucket);
  const upsert = req.headers.get("x-upsert") === "true";
  await checkUploadPermission(deps.ctx.sql, {
    bucketId: bucket,
    name: key,
    caller,
    mode: upsert ? "upsert" : "create",
    operation: operations.signUploadUrl,
  });
  const url = `${bucket}/${key}`;
  const token = await signToken(
    deps.ctx.keys.jwtSecret,
    { url, scope: "upload", owner: caller.owner, upsert },
    UPLOAD_URL_LIFETIME,
  );
  return Response.json({ url: `/object/upload/sign/${url}?token=${token}`, token });
}

export const signRoutes: Route[] = [
  { methods: ["POST"], pattern: "/object/upload/sign/:bucket/*", handle: signUploadUrl },
  { methods: ["POST"], pattern: "/object/sign/:bucket/*", handle: signObjectUrl },
  { methods: ["POST"], pattern: "/object/sign/:bucket", handle: signObjectUrls },
];
