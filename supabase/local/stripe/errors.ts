/** Stripe's error body: `{ error: { type, code, message, param } }`, which the SDK turns into its error classes. */
export class StripeApiError extends Error {
  readonly status: number;
  readonly type: "invalid_request_error" | "card_error" | "api_error" | "authentication_error";
  readonly extra: { code?: string; param?: string; decline_code?: string };

  constructor(
    status: number,
    type: StripeApiError["type"],
    message: string,
    extra: { code?: string; param?: string; decline_code?: string } = {},
  ) {
    super(message);
    this.status = status;
    this.type = type;
    this.extra = extra;
  }

  toResponse(): Response {
    return Response.json({ error: { type: this.type, message: this.message, ...this.extra } }, { status: this.status });
  }
}

export const missing = (type: string, id: string) =>
  new StripeApiError(404, "invalid_request_error", `No such ${type}: '${id}'`, {
    code: "resource_missing",
    param: "id",
  });

export const invalid = (param: string, message: string) =>
  new StripeApiError(400, "invalid_request_error", message, { code: "parameter_invalid", param });
