/** More redirects than the caller allowed; loops end here too. */
export class TooManyRedirectsError extends Error {
  readonly redirects: URL[];

  constructor(maxRedirects: number, redirects: URL[]) {
    super(`Gave up after ${maxRedirects} redirects.`);
    this.name = "TooManyRedirectsError";
    this.redirects = redirects;
  }
}

/** The body (announced or received) is larger than the caller's cap; the download was aborted. */
export class ResponseTooLargeError extends Error {
  readonly maxBytes: number;

  constructor(maxBytes: number) {
    super(`The response is larger than ${maxBytes} bytes.`);
    this.name = "ResponseTooLargeError";
    this.maxBytes = maxBytes;
  }
}

/** The whole exchange (resolution, every hop, the body) took longer than the caller allowed. */
export class FetchTimeoutError extends Error {
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`No complete answer within ${timeoutMs} ms.`);
    this.name = "FetchTimeoutError";
    this.timeoutMs = timeoutMs;
  }
}
