import "server-only";
import { request as httpRequest, type ClientRequest, type OutgoingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { bareHostname } from "./bare-hostname";
import { pinnedLookup } from "./pinned-lookup";
import type { VettedUrl } from "./vet-url";

/**
 * Opens an HTTP(S) request to a vetted URL, connected to the vetted addresses and nowhere else (see
 * pinnedLookup). The URL's host name still goes into the Host header and TLS SNI, and the
 * certificate is checked against it. No agent: a pooled socket could belong to an earlier answer.
 */
export function openPinnedRequest(
  vetted: VettedUrl,
  init: { method: string; headers?: OutgoingHttpHeaders; signal?: AbortSignal },
): ClientRequest {
  const { url } = vetted;
  const send = url.protocol === "https:" ? httpsRequest : httpRequest;
  return send({
    hostname: bareHostname(url),
    port: url.port || (url.protocol === "https:" ? 443 : 80),
    path: `${url.pathname}${url.search}`,
    method: init.method,
    headers: { ...init.headers, host: url.host },
    lookup: pinnedLookup(vetted.addresses),
    agent: false,
    signal: init.signal,
  });
}
