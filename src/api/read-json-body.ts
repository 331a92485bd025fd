import "server-only";
import { ApiRequestError } from "./api-request-error";

/** The public API's largest accepted body; the rest of a larger one is never read. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/**
 * The request's JSON body, read up to 1 MB. Counted while streaming, since Content-Length may be absent or
 * wrong; a larger, non-JSON or malformed body is a 400 naming `body`.
 */
export async function readJsonBody(request: Request): Promise<unknown> {
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new ApiRequestError("body", "not_json");
  if (Number(request.headers.get("content-length")) > MAX_API_BODY_BYTES)
    throw new ApiRequestError("body", "too_large");
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_API_BODY_BYTES) {
        await reader.cancel();
        throw new ApiRequestError("body", "too_large");
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new ApiRequestError("body", "malformed");
  }
}
