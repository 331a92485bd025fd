import { errors } from "./errors.ts";
import { chunksOf } from "./request-body.ts";

/** An upload as Storage reads it from the request, before any byte is stored. */
export interface IncomingFile {
  body: AsyncIterable<Uint8Array>;
  mimeType: string;
  cacheControl: string;
  userMetadata: Record<string, unknown> | undefined;
}

// Room for the form fields and part headers around the file in a multipart body.
const MULTIPART_OVERHEAD = 1024 * 1024;

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
 * Multipart bodies are parsed by the platform's FormData reader, which buffers them; the body is capped
 * (and the excess drained, so the client can read the answer) to keep an oversized upload from filling memory.
 */
async function readCappedForm(req: Request, cap: number): Promise<FormData> {
  let received = 0;
  const capped = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      received += chunk.byteLength;
      if (received <= cap) controller.enqueue(chunk);
    },
  });
  const form = new Response(req.body?.pipeThrough(capped) ?? null, {
    headers: { "content-type": req.headers.get("content-type") ?? "" },
  }).formData();
  try {
    const parsed = await form;
    if (received > cap) throw errors.entityTooLarge();
    return parsed;
  } catch (failure) {
    if (received > cap) throw errors.entityTooLarge();
    if (failure instanceof TypeError) throw errors.invalidRequest("No content provided");
    throw failure;
  }
}

async function fromMultipart(req: Request, limit: number): Promise<IncomingFile> {
  const form = await readCappedForm(req, limit + MULTIPART_OVERHEAD);
  // Like Storage, the first file part is the upload whatever its field name (supabase-js sends "").
  const file = [...form.values()].find((value): value is File => typeof value !== "string");
  if (!file) throw errors.invalidRequest("No content provided");
  const field = (name: string) => {
    const value = form.get(name);
    return typeof value === "string" ? value : undefined;
  };
  const cacheControl = field("cacheControl");
  return {
    body: chunksOf(file.stream()),
    mimeType: field("contentType") || file.type || "application/octet-stream",
    cacheControl: cacheControl ? `max-age=${cacheControl}` : "no-cache",
    userMetadata: parseJsonObject(field("metadata") ?? field("userMetadata")),
  };
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
export async function parseUpload(req: Request, limit: number): Promise<IncomingFile> {
  const contentType = req.headers.get("content-type") ?? "";
  return contentType.toLowerCase().startsWith("multipart/form-data") ? fromMultipart(req, limit) : fromRawBody(req);
}
