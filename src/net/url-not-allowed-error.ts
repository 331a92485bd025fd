export type UrlNotAllowedReason =
  /** Not parseable as an absolute URL. */
  | "invalid_url"
  /** Anything but http: and https:. */
  | "scheme"
  /** `user:password@` in the URL: never forwarded, and a classic way to disguise the real host. */
  | "credentials"
  /** The host is empty, or an IP literal or resolved address that cannot be parsed (refused rather than guessed). */
  | "invalid_host"
  /** A name that only means something inside a network: cloud metadata names, `.internal`, `.local`, single labels. */
  | "forbidden_host"
  /** The host is, or resolves to, an address that is not publicly routable (or is a cloud metadata service). */
  | "forbidden_address";

/**
 * A URL the analyzer must not fetch. The message is safe to show: it names the reason and, for addresses,
 * which one was refused, never anything from inside the server.
 */
export class UrlNotAllowedError extends Error {
  readonly reason: UrlNotAllowedReason;
  /** The refused address (IP literal or resolved), for `forbidden_address`. */
  readonly address: string | undefined;

  constructor(reason: UrlNotAllowedReason, message: string, details: { address?: string; cause?: unknown } = {}) {
    super(message, { cause: details.cause });
    this.name = "UrlNotAllowedError";
    this.reason = reason;
    this.address = details.address;
  }
}
