import type { Disk } from "./disk.ts";
import { errors } from "./errors.ts";
import type { ObjectRow } from "./object-rows.ts";

export interface ServeOptions {
  /** `?download=` value: attachment, named when not empty. */
  download: string | null;
  /** Signed URLs expire with their token instead of carrying the object's Cache-Control. */
  expires?: Date;
}

// Storage never serves HTML inline from a bucket (it would run on the project's origin).
function responseContentType(mimeType: unknown): string {
  const value = typeof mimeType === "string" && mimeType ? mimeType : "application/octet-stream";
  return value.includes("text/html") ? "text/plain" : value;
}

function contentDisposition(download: string): string {
  if (download === "") return "attachment;";
  const name = encodeURIComponent(download);
  return `attachment; filename=${name}; filename*=UTF-8''${name};`;
}

/** Streams an object's bytes with Storage's headers; HEAD gets the headers only, a matching ETag a 304. */
export async function serveObject(disk: Disk, req: Request, row: ObjectRow, options: ServeOptions): Promise<Response> {
  const file = await disk.find(row.version);
  if (!file) throw errors.noSuchKey();
  const metadata = row.metadata ?? {};
  const eTag = typeof metadata.eTag === "string" ? metadata.eTag : undefined;
  const lastModified = typeof metadata.lastModified === "string" ? new Date(metadata.lastModified) : row.updated_at;
  const headers = new Headers({
    "accept-ranges": "bytes",
    "content-type": responseContentType(metadata.mimetype),
    "content-length": String(file.size),
    "last-modified": lastModified.toUTCString(),
  });
  if (eTag) headers.set("etag", eTag);
  if (options.expires) headers.set("expires", options.expires.toUTCString());
  else headers.set("cache-control", typeof metadata.cacheControl === "string" ? metadata.cacheControl : "no-cache");
  if (options.download !== null) headers.set("content-disposition", contentDisposition(options.download));

  if (eTag && req.headers.get("if-none-match") === eTag) {
    headers.delete("content-length");
    return new Response(null, { status: 304, headers });
  }
  return new Response(req.method === "HEAD" ? null : file.stream(), { status: 200, headers });
}
