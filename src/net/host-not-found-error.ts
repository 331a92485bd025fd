/**
 * The host name does not resolve (NXDOMAIN, no A/AAAA record, or the resolver failed). Kept apart from
 * UrlNotAllowedError because it is the visitor's typo, not a refusal: the API answers a plain 400 and the
 * analysis job records a `dns_failure` outcome.
 */
export class HostNotFoundError extends Error {
  readonly hostname: string;
  /** The resolver's code (`ENOTFOUND`, `ENODATA`, `EAI_AGAIN`, …). */
  readonly code: string;

  constructor(hostname: string, code: string, cause?: unknown) {
    super(`The host ${hostname} could not be resolved (${code}).`, { cause });
    this.name = "HostNotFoundError";
    this.hostname = hostname;
    this.code = code;
  }
}
