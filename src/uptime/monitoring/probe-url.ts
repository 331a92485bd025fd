import "server-only";
import { HostNotFoundError } from "@/src/net/host-not-found-error";
import { safeFetch } from "@/src/net/safe-fetch";
import { FetchTimeoutError, ResponseTooLargeError, TooManyRedirectsError } from "@/src/net/safe-fetch-errors";
import { UrlNotAllowedError } from "@/src/net/url-not-allowed-error";

export interface ProbeResult {
  ok: boolean;
  /** Null when no response arrived. */
  statusCode: number | null;
  responseMs: number;
  /** Why the check failed, as a short stable code (`timeout`, `http_500`, `tls:CERT_HAS_EXPIRED`, …). */
  error: string | null;
}

export interface ProbeOptions {
  keyword?: string | null;
  timeoutMs?: number;
  /** Pages are read whole to find the keyword; anything bigger counts as a failure, never as memory spent. */
  maxBytes?: number;
}

/**
 * One uptime check of a URL through the SSRF guard: up when the last answer is 2xx (redirects followed, at
 * most 5) and contains the keyword if one is set. Never throws: every fault becomes a failed result with its
 * reason.
 */
export async function probeUrl(url: string, options: ProbeOptions = {}): Promise<ProbeResult> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    const response = await safeFetch(url, {
      timeoutMs: options.timeoutMs ?? 10_000,
      maxBytes: options.maxBytes ?? 2 * 1024 * 1024,
      headers: { "user-agent": "ArcoUptime/1.0 (+https://arco.app)" },
    });
    const responseMs = elapsed();
    if (response.status < 200 || response.status > 299) {
      return { ok: false, statusCode: response.status, responseMs, error: `http_${response.status}` };
    }
    if (options.keyword && !response.body.toString("utf8").includes(options.keyword)) {
      return { ok: false, statusCode: response.status, responseMs, error: "keyword_missing" };
    }
    return { ok: true, statusCode: response.status, responseMs, error: null };
  } catch (error) {
    return { ok: false, statusCode: null, responseMs: elapsed(), error: describeFault(error) };
  }
}

function describeFault(error: unknown): string {
  if (error instanceof FetchTimeoutError) return "timeout";
  if (error instanceof TooManyRedirectsError) return "too_many_redirects";
  if (error instanceof ResponseTooLargeError) return "response_too_large";
  if (error instanceof UrlNotAllowedError) return `not_allowed:${error.reason}`;
  if (error instanceof HostNotFoundError) return `dns:${error.code}`;
  const code = (error as { code?: unknown }).code;
  if (typeof code === "string") {
    // Node's TLS verification codes (CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT, ERR_TLS_CERT_ALTNAME_INVALID…).
    if (/CERT|TLS|SSL|SELF_SIGNED/.test(code)) return `tls:${code}`;
    return `connection:${code}`;
  }
  return "connection:unknown";
}
