import { errors } from "./errors.ts";
import { boundaryOf, readMultipart } from "./multipart.ts";
import { chunksOf } from "./request-body.ts";

/** An upload as Storage reads it from the request, before any byte is stored. */
export interface IncomingFile {
  body: AsyncIterable<Uint8Array>;
  mimeType: string;
  cacheControl: string;
  userMetadata: Record<string, unknown> | undefined;
}

// Room for the form fields sent before the file in a multipart body.
const MULTIPART_FIELDS = 1024 * 1024;

function parseJsonObject(text: string | undefined | null): Record<string, unknown> | undefined {
  if (!text) return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Multipart bodies are read as they arrive (see multipart.ts): the fields sent before the file part, then the
 * file's bytes as a stream, so an upload of any size passes through a window of one chunk, never whole in memory.
 */
async function fromMultipart(req: Request, contentType: string): Promise<IncomingFile> {
  const boundary = boundaryOf(contentType);
  if (!boundary) throw errors.invalidRequest("No content provided");
  const fields = new Map<string, string>();
  // Like Storage, the first file part is the upload whatever its field name (supabase-js sends "").
  for await (const part of readMultipart(chunksOf(req.body), boundary, MULTIPART_FIELDS)) {
    if (part.kind === "field") {
      fields.set(part.name, part.value);
      continue;
    }
    const cacheControl = fields.get("cacheControl");
    return {
      body: part.body,
      mimeType: fields.get("contentType") || part.contentType || "application/octet-stream",
      cacheControl: cacheControl ? `max-age=${cacheControl}` : "no-cache",
      userMetadata: parseJsonObject(fields.get("metadata") ?? fields.get("userMetadata")),
    };
  }
  throw errors.invalidRequest("No content provided");
}

/** The `x-metadata` header: base64 of a JSON object, ignored when it is anything else. */
export function parseUserMetadataHeader(value: string | null): Record<string, unknown> | undefined {
  return value ? parseJsonObject(Buffer.from(value, "base64").toString("utf8")) : undefined;
}

function fromRawBody(req: Request): IncomingFile {
  return {
    body: chunksOf(req.body),
    mimeType: req.headers.get("content-type") || "application/octet-stream",
    cacheControl: req.headers.get("cache-control") ?? "no-cache",
    userMetadata: parseUserMetadataHeader(req.headers.get("x-metadata")),
  };
}

/** Reads an upload in either of supabase-js's encodings: multipart with a file part, or the raw bytes. */
export async function parseUpload(req: Request): Promise<IncomingFile> {
  const contentType = req.headers.get("content-type") ?? "";
  return contentType.toLowerCase().startsWith("multipart/form-data")
    ? fromMultipart(req, contentType)
    : fromRawBody(req);
}
