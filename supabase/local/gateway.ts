import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { Readable } from "node:stream";
import type { AddressInfo } from "node:net";
import type { Service } from "./types.ts";

/**
 * The API gateway on :54321, in the role Kong plays in Supabase: routes `/auth/v1`, `/storage/v1`,
 * `/functions/v1` and the local mailbox to their services and answers CORS for browsers.
 */
export type Routes = Record<string, Service>;

const ALLOWED_HEADERS =
  "authorization, x-client-info, apikey, content-type, x-upsert, x-supabase-api-version, x-metadata, cache-control, content-encoding, x-region, range, if-none-match, x-client-ip, x-jwt-aud, x-use-cookie, tus-resumable, upload-length, upload-metadata, upload-offset, upload-defer-length, upload-concat, x-signature, x-http-method-override";
const EXPOSED_HEADERS =
  "X-Total-Count, Link, X-Supabase-Api-Version, x-sb-error-code, Content-Length, Content-Range, ETag, Location, Tus-Resumable, Tus-Version, Tus-Extension, Tus-Max-Size, Upload-Offset, Upload-Length, Upload-Metadata, Upload-Expires";

/**
 * What Kong's `cors` plugin (default settings, as Supabase configures it) answers: any origin, but without
 * credentials, so a page elsewhere can call the APIs with its own key and token but never rides on the
 * browser's cookies. The mailbox gets no CORS at all (see `privatePrefixes`).
 */
function corsHeaders(pathname: string): Record<string, string> {
  if (isPrivate(pathname)) return {};
  return {
    "access-control-allow-origin": "*",
    "access-control-allow-methods": "GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS",
    "access-control-allow-headers": ALLOWED_HEADERS,
    "access-control-expose-headers": EXPOSED_HEADERS,
    "access-control-max-age": "3600",
  };
}

/**
 * Local-only services that hold secrets without asking for a key: the mailbox shows every magic link and code.
 * Like Inbucket/Mailpit (on their own port, without CORS), only pages of the gateway's own origin may read
 * them, and only under a loopback host name, so a site that rebinds its DNS name to 127.0.0.1 cannot either.
 */
const privatePrefixes = ["/mailbox"];

function isPrivate(pathname: string): boolean {
  return privatePrefixes.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

function isLoopbackHost(host: string | undefined): boolean {
  const hostname = host?.replace(/:\d+$/, "").toLowerCase();
  return hostname === "127.0.0.1" || hostname === "localhost" || hostname === "[::1]";
}

function pathnameOf(url: string | undefined): string {
  try {
    return new URL(url ?? "/", "http://gateway.invalid").pathname;
  } catch {
    return "/";
  }
}

function toRequest(req: IncomingMessage, base: string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v));
    else if (value !== undefined) headers.set(name, value);
  }
  const hasBody = req.method !== "GET" && req.method !== "HEAD";
  return new Request(new URL(req.url ?? "/", base), {
    method: req.method,
    headers,
    body: hasBody ? (Readable.toWeb(req) as ReadableStream<Uint8Array>) : undefined,
    // Streams bodies through instead of buffering: uploads and function calls can be large.
    duplex: "half",
  } as RequestInit);
}

async function send(res: ServerResponse, response: Response, extra: Record<string, string>): Promise<void> {
  const headers: Record<string, string | string[]> = { ...extra };
  response.headers.forEach((value, name) => {
    if (name === "set-cookie") return;
    headers[name] = value;
  });
  const cookies = response.headers.getSetCookie();
  if (cookies.length) headers["set-cookie"] = cookies;
  res.writeHead(response.status, headers);
  if (!response.body) return void res.end();
  // Paced by the client: a large download never piles up in memory faster than the socket drains it.
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    if (res.destroyed) break;
    if (!res.write(chunk)) await drained(res);
  }
  res.end();
}

function drained(res: ServerResponse): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off("drain", done);
      res.off("close", done);
      resolve();
    };
    res.once("drain", done);
    res.once("close", done);
  });
}

function json(status: number, body: unknown): Response {
  return new Response(JSON.stringify(body), { status, headers: { "content-type": "application/json" } });
}

export function createGateway(routes: Routes, index: () => unknown): Server {
  return createServer(async (req, res) => {
    const requested = pathnameOf(req.url);
    const cors = corsHeaders(requested);
    if (req.method === "OPTIONS") {
      res.writeHead(204, cors).end();
      return;
    }
    if (isPrivate(requested) && !isLoopbackHost(req.headers.host)) {
      res.writeHead(403, { "content-type": "application/json" });
      res.end(JSON.stringify({ code: "forbidden", message: "The local mailbox answers on a loopback address only" }));
      return;
    }
    try {
      const host = req.headers.host ?? "127.0.0.1";
      const request = toRequest(req, `http://${host}`);
      const { pathname } = new URL(request.url);
      // Read per request: services register after the gateway is listening (they need its URL).
      const prefix = Object.keys(routes).find((p) => pathname === p || pathname.startsWith(p + "/"));
      const ip = req.socket.remoteAddress ?? "unknown";
      let response: Response;
      if (prefix) {
        response = await routes[prefix]!.handle(request, { path: pathname.slice(prefix.length) || "/", ip });
      } else if (pathname === "/") {
        response = json(200, index());
      } else {
        response = json(404, { code: "not_found", message: `No local service at ${pathname}` });
      }
      await send(res, response, cors);
    } catch (error) {
      console.error("gateway: unhandled error", error);
      if (!res.headersSent) res.writeHead(500, { ...cors, "content-type": "application/json" });
      res.end(JSON.stringify({ code: "unexpected_failure", message: "Unexpected failure" }));
    }
  });
}

export function listen(server: Server, port: number, host = "127.0.0.1"): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}
