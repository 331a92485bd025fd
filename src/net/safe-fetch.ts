import "server-only";
import type { IncomingMessage, OutgoingHttpHeaders } from "node:http";
import { openPinnedRequest } from "./open-pinned-request";
import { FetchTimeoutError, ResponseTooLargeError, TooManyRedirectsError } from "./safe-fetch-errors";
import { untilAborted } from "./until-aborted";
import { vetUrl, type VetOptions, type VettedUrl } from "./vet-url";

export type SafeFetchOptions = {
  method?: string;
  maxRedirects?: number;
  /** For the whole exchange: resolution, every hop and the body. */
  timeoutMs?: number;
  maxBytes?: number;
  allowLoopback?: boolean;
  headers?: Record<string, string>;
  /** Injected resolver, for tests; default the system one (see vetUrl). */
  lookup?: VetOptions["lookup"];
};

export type SafeFetchResponse = {
  finalUrl: URL;
  status: number;
  headers: Headers;
  /** The bytes as sent: no Accept-Encoding is added, so servers send them unencoded unless asked otherwise. */
  body: Buffer;
  /** The URLs that answered with a redirect, in order; the chain is `[...redirects, finalUrl]`. */
  redirects: URL[];
};

const redirectStatuses = new Set([301, 302, 303, 307, 308]);
/** Credentials meant for one origin must not follow a redirect to another. */
const originBoundHeaders = ["authorization", "cookie", "proxy-authorization"];

/**
 * The only way the server fetches a URL it did not write itself. Redirects are followed by hand so each hop
 * is vetted like the first, and each connection goes to the address that was vetted.
 */
export async function safeFetch(input: string | URL, options: SafeFetchOptions = {}): Promise<SafeFetchResponse> {
  const { maxRedirects = 5, timeoutMs = 10_000, maxBytes = 5 * 1024 * 1024 } = options;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(new FetchTimeoutError(timeoutMs)), timeoutMs);
  const vetOptions: VetOptions = { allowLoopback: options.allowLoopback, lookup: options.lookup };
  let method = (options.method ?? "GET").toUpperCase();
  let headers: OutgoingHttpHeaders = lowerCaseKeys(options.headers ?? {});
  const redirects: URL[] = [];
  let target: string | URL = input;
  try {
    for (;;) {
      const vetted = await untilAborted(vetUrl(target, vetOptions), controller.signal);
      const response = await send(vetted, method, headers, controller.signal);
      const status = response.statusCode ?? 0;
      const location = response.headers.location;
      if (redirectStatuses.has(status) && location) {
        response.destroy();
        redirects.push(vetted.url);
        if (redirects.length > maxRedirects) throw new TooManyRedirectsError(maxRedirects, redirects);
        // Resolved against the current URL; an unparseable Location fails in vetUrl as invalid_url.
        target = URL.parse(location, vetted.url) ?? location;
        if (status === 303 || ((status === 301 || status === 302) && method === "POST")) method = "GET";
        if (typeof target !== "string" && target.origin !== vetted.url.origin) headers = withoutOriginBound(headers);
        continue;
      }
      const body = method === "HEAD" ? Buffer.alloc(0) : await readBody(response, maxBytes);
      return { finalUrl: vetted.url, status, headers: toHeaders(response), body, redirects };
    }
  } catch (error) {
    throw controller.signal.aborted ? controller.signal.reason : error;
  } finally {
    clearTimeout(timer);
  }
}

function send(
  vetted: VettedUrl,
  method: string,
  headers: OutgoingHttpHeaders,
  signal: AbortSignal,
): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const request = openPinnedRequest(vetted, { method, headers, signal });
    request.once("response", resolve);
    request.once("error", reject);
    request.end();
  });
}

async function readBody(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const announced = Number(response.headers["content-length"]);
  if (Number.isFinite(announced) && announced > maxBytes) {
    response.destroy();
    throw new ResponseTooLargeError(maxBytes);
  }
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of response as AsyncIterable<Buffer>) {
    received += chunk.length;
    if (received > maxBytes) {
      response.destroy();
      throw new ResponseTooLargeError(maxBytes);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function toHeaders(response: IncomingMessage): Headers {
  const headers = new Headers();
  for (let i = 0; i < response.rawHeaders.length; i += 2) {
    headers.append(response.rawHeaders[i]!, response.rawHeaders[i + 1]!);
  }
  return headers;
}

function lowerCaseKeys(headers: Record<string, string>): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).map(([name, value]) => [name.toLowerCase(), value]));
}

function withoutOriginBound(headers: OutgoingHttpHeaders): OutgoingHttpHeaders {
  return Object.fromEntries(Object.entries(headers).filter(([name]) => !originBoundHeaders.includes(name)));
}
