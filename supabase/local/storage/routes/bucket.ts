import type { TransactionSql } from "postgres";
import { z } from "zod";
import { asCaller, isUniqueViolation } from "../as-caller.ts";
import { requireBucketSettings } from "../bucket-settings.ts";
import { authenticate, ownerColumns } from "../caller.ts";
import { errors } from "../errors.ts";
import { mustBeValidBucketName, normaliseMimeRestrictions, parseFileSizeLimit } from "../limits.ts";
import { operations } from "../operations.ts";
import { readJsonBody } from "../request-body.ts";
import type { Route, RouteRequest } from "../router.ts";

interface BucketRow {
  id: string;
  name: string;
  owner: string | null;
  public: boolean | null;
  type: string;
  file_size_limit: string | null;
  allowed_mime_types: string[] | null;
  created_at: Date;
  updated_at: Date;
}

function toBucket(row: BucketRow) {
  return {
    id: row.id,
    name: row.name,
    owner: row.owner ?? "",
    public: row.public === true,
    type: row.type,
    file_size_limit: row.file_size_limit === null ? null : Number(row.file_size_limit),
    allowed_mime_types: row.allowed_mime_types,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

const bucketSettingsSchema = z.object({
  public: z.boolean().optional(),
  file_size_limit: z
    .union([z.number().int().min(0), z.string()])
    .nullable()
    .optional(),
  allowed_mime_types: z.array(z.string()).nullable().optional(),
});

/** The columns a create or update body sets; absent fields are left as they are. */
function settingsColumns(
  body: z.infer<typeof bucketSettingsSchema>,
  globalLimit: number,
): Record<string, boolean | number | string[] | null> {
  const columns: Record<string, boolean | number | string[] | null> = {};
  if (body.public !== undefined) columns.public = body.public;
  if (body.file_size_limit !== undefined) {
    columns.file_size_limit =
      body.file_size_limit === null ? null : parseFileSizeLimit(body.file_size_limit, globalLimit);
  }
  if (body.allowed_mime_types !== undefined) {
    columns.allowed_mime_types =
      body.allowed_mime_types === null ? null : normaliseMimeRestrictions(body.allowed_mime_types);
  }
  return columns;
}

const bucketColumns = (tx: TransactionSql) =>
  tx`id, name, owner, public, type, file_size_limit, allowed_mime_types, created_at, updated_at`;

async function createBucket({ req, deps }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const body = await readJsonBody(req, bucketSettingsSchema.extend({ name: z.string(), id: z.string().optional() }));
  const id = body.id || body.name;
  mustBeValidBucketName(body.name);
  mustBeValidBucketName(id);
  const columns = { ...settingsColumns(body, deps.ctx.config.storage.file_size_limit), ...ownerColumns(caller.owner) };
  try {
    await asCaller(
      deps.ctx.sql,
      caller,
      operations.createBucket,
      (tx) => tx`insert into storage.buckets ${tx({ id, name: body.name, ...columns })}`,
    );
  } catch (failure) {
    if (isUniqueViolation(failure)) throw errors.bucketAlreadyExists();
    throw failure;
  }
  return Response.json({ name: body.name });
}

const listQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).optional(),
  offset: z.coerce.number().int().min(0).optional(),
  search: z.string().optional(),
  sortColumn: z.enum(["id", "name", "created_at", "updated_at"]).default("name"),
  sortOrder: z.enum(["asc", "desc"]).default("asc"),
});

async function listBuckets({ req, url, deps }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const parsed = listQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) throw errors.badRequest(`querystring ${parsed.error.issues[0]?.message ?? "is invalid"}`);
  const { limit, offset, search, sortColumn, sortOrder } = parsed.data;
  const rows = await asCaller(
    deps.ctx.sql,
    caller,
    operations.listBuckets,
    (tx) => tx<BucketRow[]>`
      select ${bucketColumns(tx)} from storage.buckets
      where ${search ? tx`name ilike ${"%" + search + "%"}` : tx`true`}
      order by ${tx(sortColumn)} ${sortOrder === "desc" ? tx`desc` : tx`asc`}
      limit ${limit ?? null} offset ${offset ?? 0}`,
  );
  return Response.json(rows.map(toBucket));
}

async function findVisibleBucket(tx: TransactionSql, id: string): Promise<BucketRow> {
  const [row] = await tx<BucketRow[]>`select ${bucketColumns(tx)} from storage.buckets where id = ${id}`;
  if (!row) throw errors.noSuchBucket();
  return row;
}

async function getBucket({ req, deps, bucket }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const row = await asCaller(deps.ctx.sql, caller, operations.getBucket, (tx) => findVisibleBucket(tx, bucket));
  return Response.json(toBucket(row));
}

async function updateBucket({ req, deps, bucket }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const body = await readJsonBody(req, bucketSettingsSchema);
  mustBeValidBucketName(bucket);
  const columns = settingsColumns(body, deps.ctx.config.storage.file_size_limit);
  await asCaller(deps.ctx.sql, caller, operations.updateBucket, async (tx) => {
    if (Object.keys(columns).length === 0) return findVisibleBucket(tx, bucket);
    const updated = await tx`update storage.buckets set ${tx(columns)} where id = ${bucket}`;
    if (updated.count === 0) throw errors.noSuchBucket();
  });
  return Response.json({ message: "Successfully updated" });
}

async function deleteBucket({ req, deps, bucket }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  await requireBucketSettings(deps.ctx.sql, bucket);
  // Counted with Storage's privileges: objects the caller cannot see still keep the bucket from going.
  const [objects] = await deps.ctx.sql<{ found: boolean }[]>`
    select exists (select 1 from storage.objects where bucket_id = ${bucket}) as found`;
  if (objects?.found) throw errors.bucketNotEmpty();
  await asCaller(deps.ctx.sql, caller, operations.deleteBucket, async (tx) => {
    const deleted = await tx`delete from storage.buckets where id = ${bucket}`;
    if (deleted.count === 0) throw errors.noSuchBucket();
  });
  return Response.json({ message: "Successfully deleted" });
}

async function emptyBucket({ req, deps, bucket }: RouteRequest): Promise<Response> {
  const caller = await authenticate(deps.ctx.keys, req);
  const versions = await asCaller(deps.ctx.sql, caller, operations.emptyBucket, async (tx) => {
    await findVisibleBucket(tx, bucket);
    const deleted = await tx<{ version: string | null }[]>`
      delete from storage.objects where bucket_id = ${bucket} returning version`;
    const left = await tx<{ name: string }[]>`select name from storage.objects where bucket_id = ${bucket} limit 10`;
    if (left.length > 0) {
      const names = left.map((row) => row.name).join(", ");
      throw errors.accessDenied(`Cannot delete: ${names}, you may have SELECT but not DELETE permissions`);
    }
    return deleted.map((row) => row.version);
  });
  await deps.disk.remove(versions);
  return Response.json({ message: "Successfully emptied" });
}

export const bucketRoutes: Route[] = [
  { methods: ["POST"], pattern: "/bucket", handle: createBucket },
  { methods: ["GET"], pattern: "/bucket", handle: listBuckets },
  { methods: ["POST"], pattern: "/bucket/:bucket/empty", handle: emptyBucket },
  { methods: ["GET"], pattern: "/bucket/:bucket", handle: getBucket },
  { methods: ["PUT"], pattern: "/bucket/:bucket", handle: updateBucket },
  { methods: ["DELETE"], pattern: "/bucket/:bucket", handle: deleteBucket },
];
