import "server-only";
import { randomBytes, timingSafeEqual } from "node:crypto";
import type { IncomingMessage } from "node:http";

/**
 * Why this exists: route handlers get a web `Request`, never the socket, and Next does not append the socket
 * address to `X-Forwarded-For`. Measured on Next 16.4.6 (`next start` and `next dev`), a route handler sees:
 *
 *   request without X-Forwarded-For          → x-forwarded-for: 127.0.0.1 (the socket, set by Next)
 *   request with X-Forwarded-For: 6.6.6.6    → x-forwarded-for: 6.6.6.6   (the client's text, nothing added)
 *   request with X-Real-IP: 8.8.8.8          → x-real-ip: 8.8.8.8         (passed through as sent)
 *
 * `BaseServer.handleRequestImpl` does `req.headers['x-forwarded-for'] ??= socket.remoteAddress`: it only fills
 * the header when absent. So without a proxy in front, every forwarding header is the client's to choose and
 * cannot carry a rate limit. The server therefore stamps each request, before Next sees it, with the socket's
 * address and a per-process secret; a header that does not carry the secret was not written by this process.
 */
const PEER_ADDRESS_HEADER = "x-arco-peer-address";
const PEER_STAMP_HEADER = "x-arco-peer-stamp";

// Route handlers and instrumentation are separate bundles: the secret lives on a process-wide symbol so both
// see the same one.
const KEY = Symbol.for("arco.http.peer-stamp-secret");
const holder = globalThis as { [KEY]?: string };

function processSecret(): string {
  holder[KEY] ??= randomBytes(32).toString("base64url");
  return holder[KEY];
}

/** Overwrites whatever the client sent under the stamp's header names with the connection's own address. */
export function stampPeerAddress(request: Pick<IncomingMessage, "headers" | "socket">): void {
  request.headers[PEER_ADDRESS_HEADER] = request.socket.remoteAddress ?? "";
  request.headers[PEER_STAMP_HEADER] = processSecret();
}

/** The connection's address when this process stamped the request, else null (forged or never stamped). */
export function stampedPeerAddress(headers: Headers): string | null {
  const stamp = headers.get(PEER_STAMP_HEADER);
  const secret = holder[KEY];
  if (!stamp || !secret) return null;
  const given = Buffer.from(stamp);
  const expected = Buffer.from(secret);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return headers.get(PEER_ADDRESS_HEADER) || null;
}
