import "server-only";
import {
  createServer,
  STATUS_CODES,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from "node:http";
import { connect, type AddressInfo, type Socket } from "node:net";
import type { Duplex } from "node:stream";
import { bareHostname } from "./bare-hostname";
import { HostNotFoundError } from "./host-not-found-error";
import { openPinnedRequest } from "./open-pinned-request";
import { pinnedLookup } from "./pinned-lookup";
import { UrlNotAllowedError } from "./url-not-allowed-error";
import { untilAborted } from "./until-aborted";
import { vetUrl, type VetOptions, type VettedUrl } from "./vet-url";

export type EgressProxyOptions = VetOptions & {
  /** Connect and idle limit for each upstream connection. */
  timeoutMs?: number;
};

export type EgressProxy = {
  port: number;
  /** `http://127.0.0.1:<port>`, for Chromium's `--proxy-server`. */
  url: string;
  /** Refused destinations, in order: `host:port` for CONNECT, the absolute URL for plain http. */
  refused: string[];
  close(): Promise<void>;
};

/** Per RFC 9110 §7.6.1 these describe one connection, not the message, so they are not forwarded. */
const hopByHop = [
  "connection",
  "keep-alive",
  "proxy-authenticate",
  "proxy-authorization",
  "proxy-connection",
  "te",
  "trailer",
  "transfer-encoding",
  "upgrade",
];

/**
 * A forward proxy for the headless browser. Chromium is started with this proxy for everything (loopback
 * included) and with a resolver that resolves nothing itself, so every request of the page — subresources,
 * redirects, https through CONNECT — arrives here, is vetted with the same rules as safeFetch and, when
 * allowed, is connected to the vetted address only, so a DNS answer that changes between the check and the
 * connection changes nothing.
 */
export async function startEgressProxy(options: EgressProxyOptions = {}): Promise<EgressProxy> {
  const { timeoutMs = 30_000, ...vetOptions } = options;
  const refused: string[] = [];
  const sockets = new Set<Duplex>();

  async function vet(target: string | URL, label: string): Promise<VettedUrl | { status: number; text: string }> {
    try {
      // Bounded like the connection: a resolver that never answers must not hold the browser's request forever.
      return await untilAborted(vetUrl(target, vetOptions), AbortSignal.timeout(timeoutMs));
    } catch (error) {
      if (error instanceof UrlNotAllowedError) {
        refused.push(label);
        return { status: 403, text: `Refused: ${error.message}` };
      }
      if (error instanceof HostNotFoundError) return { status: 502, text: error.message };
      if (error instanceof DOMException && error.name === "TimeoutError") {
        return { status: 504, text: "The destination could not be resolved in time." };
      }
      return { status: 502, text: "The destination could not be checked." };
    }
  }

  async function forward(req: IncomingMessage, res: ServerResponse): Promise<void> {
    req.on("error", () => res.destroy());
    const target = URL.parse(req.url ?? "");
    if (!target) {
      res.writeHead(400, { "content-type": "text/plain" }).end("Only absolute URLs can be proxied.");
      return;
    }
    const vetted = await vet(target, target.href);
    if (!("url" in vetted)) {
      res.writeHead(vetted.status, { "content-type": "text/plain" }).end(vetted.text);
      return;
    }
    if (res.destroyed) return;
    const upstream = openPinnedRequest(vetted, { method: req.method ?? "GET", headers: endToEnd(req.headers) });
    upstream.setTimeout(timeoutMs, () => upstream.destroy(new Error("upstream timeout")));
    upstream.on("response", (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, endToEnd(answer.headers));
      answer.pipe(res);
      answer.on("error", () => res.destroy());
    });
    upstream.on("error", () => {
      if (res.headersSent) res.destroy();
      else res.writeHead(502, { "content-type": "text/plain" }).end("The destination did not answer.");
    });
    // The browser gave up (or the answer is complete): nothing more to fetch.
    res.on("close", () => upstream.destroy());
    req.pipe(upstream);
  }

  async function tunnel(req: IncomingMessage, client: Duplex, head: Buffer): Promise<void> {
    track(client);
    // Attached at once: the browser may hang up while the destination is still being vetted.
    client.on("error", () => client.destroy());
    const authority = req.url ?? "";
    // Only `host:port`: anything with a path, user info or query is not a CONNECT target.
    const target = /^[^/?#@\s]+$/.test(authority) ? URL.parse(`https://${authority}`) : null;
    if (!target) {
      client.end("HTTP/1.1 400 Bad Request\r\n\r\n");
      return;
    }
    const vetted = await vet(target, authority);
    if (!("url" in vetted)) {
      client.end(`HTTP/1.1 ${vetted.status} ${STATUS_CODES[vetted.status]}\r\n\r\n`);
      return;
    }
    if (client.destroyed) return;
    const upstream = connect({
      host: bareHostname(vetted.url),
      port: Number(target.port || 443),
      lookup: pinnedLookup(vetted.addresses),
      timeout: timeoutMs,
    });
    track(upstream);
    let established = false;
    upstream.once("connect", () => {
      established = true;
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on("timeout", () => upstream.destroy(new Error("idle upstream")));
    upstream.on("error", () => {
      if (established) client.destroy();
      else if (!client.destroyed) client.end("HTTP/1.1 502 Bad Gateway\r\n\r\n");
    });
    client.on("close", () => upstream.destroy());
  }

  function track(socket: Duplex): void {
    sockets.add(socket);
    socket.once("close", () => sockets.delete(socket));
  }

  const server = createServer((req, res) => void forward(req, res));
  server.on("connect", (req: IncomingMessage, client: Socket, head: Buffer) => void tunnel(req, client, head));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    refused,
    close: () =>
      new Promise((resolve, reject) => {
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

function endToEnd(headers: IncomingHttpHeaders): IncomingHttpHeaders {
  const named = String(headers.connection ?? "")
    .split(",")
    .map((name) => name.trim().toLowerCase());
  return Object.fromEntries(
    Object.entries(headers).filter(([name]) => !hopByHop.includes(name) && !named.includes(name)),
  );
}
