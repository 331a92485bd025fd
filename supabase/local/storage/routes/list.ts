import { z } from "zod";
import { asCaller } from "../as-caller.ts";
import { authenticate } from "../caller.ts";
import { operations } from "../operations.ts";
import { readJsonBody } from "../request-body.ts";
import type { Route, RouteRequest } from "../router.ts";

const listBodySchema = z.object({
  prefix: z.string(),
  limit: z.number().int().min(1).default(100),
  offset: z.number().int().min(0).default(0),
  sortBy: z
    .object({
      column: z.enum(["name", "updated_at", "created_at", "last_accessed_at"]),
      order: z.enum(["asc", "desc"]).default("asc"),
    })
    .default({ column: "name", order: "asc" }),
  search: z.string().default(""),
});

/** One level below the prefix through `storage.search`, as the caller: RLS hides what it may not select. */
async function listObjects({ req, deps, bucket }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const { prefix, limit, offset, sortBy, search } = await readJsonBody(req, listBodySchema);
  // The client sends a folder without its trailing slash.
  const folder = prefix.length > 0 && !prefix.endsWith("/") ? `${prefix}/` : prefix;
  const entries = await asCaller(
    deps.ctx.sql,
    caller,
    operations.listObjects,
    (tx) => tx`
      select name, id, updated_at, created_at, last_accessed_at, metadata
      from storage.search(${folder}, ${bucket}, ${limit}, ${offset}, ${search}, ${sortBy.column}, ${sortBy.order})`,
  );
  return Response.json(entries);
}

export const listRoutes: Route[] = [{ methods: ["POST"], pattern: "/object/list/:bucket", handle: listObjects }];
