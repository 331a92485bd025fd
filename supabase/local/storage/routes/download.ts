import { anonymousCaller, authenticate, authenticateOptionally } from "../caller.ts";
import { operations } from "../operations.ts";
import { findObjectAsAdmin, findReadableObject } from "../read-object.ts";
import type { Route, RouteRequest } from "../router.ts";
import { serveObject } from "../serve-object.ts";
import { verifyToken } from "../signed-token.ts";

async function downloadAuthenticated({ req, url, deps, bucket, key }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const row = await findReadableObject(deps, caller, bucket, key, operations.getObject);
  return serveObject(deps.disk, req, row, { download: url.searchParams.get("download") });
}

/** `/object/<bucket>/<key>` also serves public buckets to requests without a valid token. */
async function downloadObject({ req, url, deps, bucket, key }: RouteRequest): Promise<Response> {
  const caller = await authenticateOptionally(deps.ctx.keys, req);
  const row = await findReadableObject(deps, caller, bucket, key, operations.getObject);
  return serveObject(deps.disk, req, row, { download: url.searchParams.get("download") });
}

async function downloadPublic({ req, url, deps, bucket, key }: RouteRequest): Promise<Response> {
  const row = await findReadableObject(deps, anonymousCaller, bucket, key, operations.getPublicObject);
  return serveObject(deps.disk, req, row, { download: url.searchParams.get("download") });
}

/** Signed URLs need no JWT: the token names the object and bypasses RLS until it expires. */
async function downloadSigned({ req, url, deps, bucket, key }: RouteRequest): Promise<Response> {
  const path = `${bucket}/${key}`;
  const token = await verifyToken(deps.ctx.keys.jwtSecret, url.searchParams.get("token"), "download", path);
  const row = await findObjectAsAdmin(deps, bucket, key);
  const expires = new Date(token.expiresAt * 1000);
  return serveObject(deps.disk, req, row, { download: url.searchParams.get("download"), expires });
}

export const downloadRoutes: Route[] = [
  { methods: ["GET", "HEAD"], pattern: "/object/sign/:bucket/*", handle: downloadSigned },
  { methods: ["GET", "HEAD"], pattern: "/object/public/:bucket/*", handle: downloadPublic },
  { methods: ["GET", "HEAD"], pattern: "/object/authenticated/:bucket/*", handle: downloadAuthenticated },
  { methods: ["GET", "HEAD"], pattern: "/object/:bucket/*", handle: downloadObject },
];
