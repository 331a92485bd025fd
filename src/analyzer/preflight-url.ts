import "server-only";
import { HostNotFoundError } from "@/src/net/host-not-found-error";
import { safeFetch } from "@/src/net/safe-fetch";
import { FetchTimeoutError, ResponseTooLargeError, TooManyRedirectsError } from "@/src/net/safe-fetch-errors";
import { UrlNotAllowedError } from "@/src/net/url-not-allowed-error";
import { AnalysisFailure } from "./analysis-failure";

export interface PreflightOptions {
  allowLoopback: boolean;
  timeoutMs: number;
}

const MAX_REDIRECTS = 10;
/** Enough for any real HTML document; a larger body is not read, and Lighthouse then judges the page. */
const MAX_BYTES = 8 * 1024 * 1024;
const htmlTypes = new Set(["text/html", "application/xhtml+xml"]);

/**
 * One vetted request before any browser starts, so the common dead ends (a typo in the domain, a private
 * address, a server that is down or answers 404, a PDF) fail in milliseconds with a precise reason instead
 * of after a Chrome launch. It also re-vets the address: the name may resolve elsewhere than at submission.
 * Throws an `AnalysisFailure`; returns where the page ended up after redirects.
 */
export async function preflightUrl(url: string, options: PreflightOptions): Promise<{ finalUrl: string }> {
  let response;
  try {
    response = await safeFetch(url, {
      maxRedirects: MAX_REDIRECTS,
      timeoutMs: options.timeoutMs,
      maxBytes: MAX_BYTES,
      allowLoopback: options.allowLoopback,
      headers: { accept: "text/html,application/xhtml+xml;q=0.9,*/*;q=0.8" },
    });
  } catch (error) {
    if (error instanceof ResponseTooLargeError) return { finalUrl: url };
    throw new AnalysisFailure(failureCode(error), { cause: error });
  }
  const finalUrl = response.finalUrl.href;
  if (response.status >= 400) throw new AnalysisFailure("http_status", { status: response.status, finalUrl });
  const type = response.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  // Without a content type the browser sniffs the body; Lighthouse then says whether it was a page.
  if (type && !htmlTypes.has(type)) throw new AnalysisFailure("not_html", { finalUrl });
  return { finalUrl };
}

function failureCode(error: unknown) {
  if (error instanceof HostNotFoundError) return "dns_failure" as const;
  if (error instanceof UrlNotAllowedError) return "url_not_allowed" as const;
  if (error instanceof FetchTimeoutError) return "timeout" as const;
  if (error instanceof TooManyRedirectsError) return "too_many_redirects" as const;
  // Refused, reset, unreachable network, TLS failure…: nothing answered that could be a page.
  return "unreachable" as const;
}
