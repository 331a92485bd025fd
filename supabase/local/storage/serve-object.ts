import type { Disk } from "./disk.ts";
import { errors } from "./errors.ts";
import type { ObjectRow } from "./object-rows.ts";
import { servedContentType } from "./served-content-type.ts";

export interface ServeOptions {
  /** `?download=` value: attachment, named when not empty. */
  download: string | null;
  /** Signed URLs expire with their token instead of carrying the object's Cache-Control. */
  expires?: Date;
}

/**
 * Sent with every object: whatever a document served from here contains, it runs in an opaque origin with no
 * script and loads nothing (inline styles aside, so an SVG or text opened directly still looks right). Images,
 * media and downloads are unaffected; an embedding page's `<img>` ignores it.
 */
const SANDBOX_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

function contentDisposition(download: string): string {
  if (download === "") return "attachment;";
  const name = encodeURIComponent(download);
  return `attachment; filename=${name}; filename*=UTF-8''${name};`;
}

/**
 * Streams an object's bytes with Storage's headers, plus the ones that keep active content from running on this
 * origin (stricter than Storage, see served-content-type); HEAD gets the headers only, a matching ETag a 304.
 */
export async function serveObject(disk: Disk, req: Request, row: ObjectRow, options: ServeOptions): Promise<Response> {
  const file = await disk.find(row.version);
  if (!file) throw errors.noSuchKey();
  const metadata = row.metadata ?? {};
  const eTag = typeof metadata.eTag === "string" ? metadata.eTag : undefined;
  const lastModified = typeof metadata.lastModified === "string" ? new Date(metadata.lastModified) : row.updated_at;
  const served = servedContentType(metadata.mimetype);
  const headers = new Headers({
    "accept-ranges": "bytes",
    "content-type": served.contentType,
    "content-length": String(file.size),
    "last-modified": lastModified.toUTCString(),
    "x-content-type-options": "nosniff",
    "content-security-policy": SANDBOX_POLICY,
  });
  if (eTag) headers.set("etag", eTag);
  if (options.expires) headers.set("expires", options.expires.toUTCString());
  else headers.set("cache-control", typeof metadata.cacheControl === "string" ? metadata.cacheControl : "no-cache");
  if (options.download !== null) headers.set("content-disposition", contentDisposition(options.download));
  else if (served.active) headers.set("content-disposition", "attachment");

  if (eTag && req.headers.get("if-none-match") === eTag) {
    headers.delete("content-length");
    return new Response(null, { status: 304, headers });
  }
  return new Response(req.method === "HEAD" ? null : file.stream(), { status: 200, headers });
}
