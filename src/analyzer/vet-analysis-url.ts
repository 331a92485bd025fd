import "server-only";
import { HostNotFoundError } from "@/src/net/host-not-found-error";
import { UrlNotAllowedError } from "@/src/net/url-not-allowed-error";
import { vetUrl } from "@/src/net/vet-url";
import { AnalyzerError } from "./analyzer-error";

/**
 * The SSRF gate in the API's terms: an address the analyzer must never fetch is `url_not_allowed`, a host
 * that does not resolve is the visitor's typo (`invalid_url`, "domain not found"), and the shape problems the
 * normalizer already refuses map to the same `invalid_url` messages. Runs before anything is written, so a
 * refused URL leaves no row and costs no limit.
 */
export async function vetAnalysisUrl(url: string): Promise<void> {
  try {
    await vetUrl(url);
  } catch (error) {
    if (error instanceof HostNotFoundError) {
      throw new AnalyzerError("invalid_url", "urlDomainNotFound", { values: { host: error.hostname }, cause: error });
    }
    if (!(error instanceof UrlNotAllowedError)) throw error;
    switch (error.reason) {
      case "forbidden_host":
      case "forbidden_address":
        throw new AnalyzerError("url_not_allowed", "urlNotAllowed", { cause: error });
      case "scheme":
        throw new AnalyzerError("invalid_url", "urlScheme", { cause: error });
      case "credentials":
        throw new AnalyzerError("invalid_url", "urlCredentials", { cause: error });
      default:
        throw new AnalyzerError("invalid_url", "urlHost", { cause: error });
    }
  }
}
