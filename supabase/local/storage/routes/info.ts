import { anonymousCaller, authenticate, authenticateOptionally, type Caller } from "../caller.ts";
import type { StorageDeps } from "../deps.ts";
import type { ObjectRow } from "../object-rows.ts";
import { operations } from "../operations.ts";
import { findReadableObject } from "../read-object.ts";
import type { Route, RouteRequest } from "../router.ts";

function objectInfo(row: ObjectRow) {
  const metadata = row.metadata ?? {};
  return {
    id: row.id,
    name: row.name,
    version: row.version,
    bucket_id: row.bucket_id,
    size: metadata.size ?? null,
    content_type: metadata.mimetype ?? null,
    cache_control: metadata.cacheControl ?? null,
    etag: metadata.eTag ?? null,
    metadata: row.user_metadata,
    last_modified: row.updated_at,
    created_at: row.created_at,
  };
}

async function infoResponse(deps: StorageDeps, caller: Caller, bucket: string, key: string): Promise<Response> {
  const row = await findReadableObject(deps, caller, bucket, key, operations.objectInfo);
  return Response.json(objectInfo(row));
}

export const infoRoutes: Route[] = [
  {
    methods: ["GET"],
    pattern: "/object/info/public/:bucket/*",
    handle: ({ deps, bucket, key }: RouteRequest) => infoResponse(deps, anonymousCaller, bucket, key),
  },
  {
    methods: ["GET"],
    pattern: "/object/info/authenticated/:bucket/*",
    handle: async ({ req, deps, bucket, key }: RouteRequest) =>
      infoResponse(deps, await authenticate(deps.ctx.keys, req), bucket, key),
  },
  {
    methods: ["GET"],
    pattern: "/object/info/:bucket/*",
    handle: async ({ req, deps, bucket, key }: RouteRequest) =>
      infoResponse(deps, await authenticateOptionally(deps.ctx.keys, req), bucket, key),
  },
];
