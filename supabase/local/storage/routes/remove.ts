import { z } from "zod";
import { asCaller } from "../as-caller.ts";
import { authenticate } from "../caller.ts";
import { errors } from "../errors.ts";
import { mustBeValidKey } from "../limits.ts";
import { operations } from "../operations.ts";
import { readJsonBody } from "../request-body.ts";
import type { Route, RouteRequest } from "../router.ts";

interface RemovedRow {
  name: string;
  version: string | null;
}

const removeBodySchema = z.object({
  prefixes: z
    .array(z.union([z.string(), z.object({ path: z.string(), versionId: z.string() })]))
    .min(1)
    .max(1000),
});

/**
 * Deletes as the caller and returns the deleted rows; names that are missing or hidden by RLS are skipped
 * silently, as Storage does. Bytes go once the rows are gone.
 */
async function removeObjects({ req, deps, bucket }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const { prefixes } = await readJsonBody(req, removeBodySchema);
  const names = prefixes.filter((entry) => typeof entry === "string");
  const versioned = prefixes.filter((entry) => typeof entry !== "string");
  const removed = await asCaller(
    deps.ctx.sql,
    caller,
    operations.deleteObjects,
    (tx) => tx<RemovedRow[]>`
      delete from storage.objects
      where bucket_id = ${bucket}
        and (name = any(${names}::text[])
          or (name, version) in (
            select * from unnest(${versioned.map((entry) => entry.path)}::text[],
              ${versioned.map((entry) => entry.versionId)}::text[])))
      returning bucket_id, name, owner, owner_id, id, version, metadata, user_metadata,
        created_at, updated_at, last_accessed_at`,
  );
  await deps.disk.remove(removed.map((row) => row.version));
  return Response.json(removed);
}

async function removeObject({ req, deps, bucket, key }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  mustBeValidKey(key);
  const removed = await asCaller(
    deps.ctx.sql,
    caller,
    operations.deleteObject,
    (tx) => tx<RemovedRow[]>`
      delete from storage.objects where bucket_id = ${bucket} and name = ${key} returning name, version`,
  );
  if (removed.length === 0) throw errors.noSuchKey();
  await deps.disk.remove(removed.map((row) => row.version));
  return Response.json({ message: "Successfully deleted" });
}

export const removeRoutes: Route[] = [
  { methods: ["DELETE"], pattern: "/object/:bucket", handle: removeObjects },
  { methods: ["DELETE"], pattern: "/object/:bucket/*", handle: removeObject },
];
