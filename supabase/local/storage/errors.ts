/**
 * Errors in Supabase Storage's wire shape. Storage answers every handled error with HTTP 400 and keeps the
 * logical status (404, 409, 413…) in the body's `statusCode` string; only 500 stays 500.
 */
export class StorageError extends Error {
  readonly status: number;
  readonly code: string | undefined;
  readonly error: string;
  readonly httpStatus: number;

  constructor(options: { status: number; code?: string; error?: string; message: string; httpStatus?: number }) {
    super(options.message);
    this.status = options.status;
    this.code = options.code;
    this.error = options.error ?? options.code ?? "Error";
    this.httpStatus = options.httpStatus ?? (options.status === 500 ? 500 : 400);
  }

  toResponse(): Response {
    const body = { statusCode: String(this.status), code: this.code, error: this.error, message: this.message };
    return Response.json(body, { status: this.httpStatus });
  }
}

export const errors = {
  noSuchKey: () =>
    new StorageError({ status: 404, code: "NoSuchKey", error: "not_found", message: "Object not found" }),
  noSuchBucket: () =>
    new StorageError({ status: 404, code: "NoSuchBucket", error: "Bucket not found", message: "Bucket not found" }),
  keyAlreadyExists: () =>
    new StorageError({
      status: 409,
      code: "KeyAlreadyExists",
      error: "Duplicate",
      message: "The resource already exists",
    }),
  bucketAlreadyExists: () =>
    new StorageError({
      status: 409,
      code: "BucketAlreadyExists",
      error: "Duplicate",
      message: "The resource already exists",
    }),
  bucketNotEmpty: () =>
    new StorageError({ status: 409, code: "InvalidRequest", message: "The bucket you tried to delete is not empty" }),
  entityTooLarge: () =>
    new StorageError({
      status: 413,
      code: "EntityTooLarge",
      error: "Payload too large",
      message: "The object exceeded the maximum allowed size",
    }),
  invalidMimeType: (mimeType: string) =>
    new StorageError({
      status: 415,
      code: "InvalidMimeType",
      error: "invalid_mime_type",
      message: `mime type ${mimeType} is not supported`,
    }),
  accessDenied: (message: string) =>
    new StorageError({ status: 403, code: "AccessDenied", error: "Unauthorized", message }),
  invalidJwt: (message: string) => new StorageError({ status: 400, code: "InvalidJWT", message }),
  invalidSignature: (message = "Invalid signature") =>
    new StorageError({ status: 400, code: "InvalidSignature", message }),
  invalidKey: (key: string) => new StorageError({ status: 400, code: "InvalidKey", message: `Invalid key: ${key}` }),
  invalidBucketName: () =>
    new StorageError({
      status: 400,
      code: "InvalidBucketName",
      error: "Invalid Input",
      message: "Bucket name invalid",
    }),
  invalidRequest: (message: string) => new StorageError({ status: 400, code: "InvalidRequest", message }),
  /** Request-schema failures, which Storage reports without a `code` (Fastify validation). */
  badRequest: (message: string) => new StorageError({ status: 400, error: "Bad Request", message }),
  /** Unknown routes are the one place Storage (Fastify) answers with a real 404. */
  routeNotFound: (method: string, path: string) =>
    new StorageError({
      status: 404,
      httpStatus: 404,
      error: "Not Found",
      message: `Route ${method}:${path} not found`,
    }),
};

/** The client closed the connection mid-request (a cancelled upload): nobody is left to answer or to worry. */
function isClientAbort(failure: unknown): boolean {
  return failure instanceof Error && (failure as NodeJS.ErrnoException).code === "ECONNRESET";
}

/** Any failure becomes a Storage-shaped response; unexpected ones are logged and answered generically. */
export function errorResponse(failure: unknown): Response {
  if (failure instanceof StorageError) return failure.toResponse();
  if (isClientAbort(failure)) return errors.invalidRequest("The request was aborted").toResponse();
  console.error("storage: unexpected error", failure);
  return Response.json(
    { statusCode: "500", code: "InternalError", error: "Internal", message: "Internal Server Error" },
    { status: 500 },
  );
}
