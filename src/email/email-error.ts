export type EmailErrorCode =
  /** The message itself is malformed (bad address, tag, empty body…); retrying cannot help. */
  | "invalid_message"
  /** Neither Resend nor the local mailbox is configured. */
  | "not_configured"
  /** The provider answered and refused the message. */
  | "rejected"
  /** The provider could not be reached; worth retrying. */
  | "unreachable";

export type EmailProvider = "resend" | "mailbox";

export class EmailError extends Error {
  readonly code: EmailErrorCode;
  readonly provider: EmailProvider | undefined;
  /** HTTP status of the provider's answer, when there was one. */
  readonly status: number | undefined;
  /** The provider's own error code, e.g. Resend's `validation_error`. */
  readonly providerCode: string | undefined;

  constructor(
    code: EmailErrorCode,
    message: string,
    details: { provider?: EmailProvider; status?: number; providerCode?: string; cause?: unknown } = {},
  ) {
    super(message, { cause: details.cause });
    this.name = "EmailError";
    this.code = code;
    this.provider = details.provider;
    this.status = details.status;
    this.providerCode = details.providerCode;
  }
}
