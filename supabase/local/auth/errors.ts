/** An error GoTrue would answer with its `{code, message}` body; `extra` adds keys such as `weak_password`. */
export class AuthError extends Error {
  readonly status: number;
  readonly code: string;
  readonly extra: Record<string, unknown>;

  constructor(status: number, code: string, message: string, extra: Record<string, unknown> = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.extra = extra;
  }
}

/** The OAuth-style body (`{error, error_description}`) GoTrue keeps on a few token paths. */
export class OAuthError extends Error {
  readonly error: string;

  constructor(error: string, description: string) {
    super(description);
    this.error = error;
  }
}

export const badRequest = (code: string, message: string) => new AuthError(400, code, message);
export const unprocessable = (code: string, message: string) => new AuthError(422, code, message);
export const forbidden = (code: string, message: string) => new AuthError(403, code, message);
export const notFound = (code: string, message: string) => new AuthError(404, code, message);
export const tooManyRequests = (code: string, message: string) => new AuthError(429, code, message);

const API_VERSION_HEADER = "X-Supabase-Api-Version";
const API_VERSION_2024 = "2024-01-01";

/** The API version the caller asked for, if it selects the 2024-01-01 error shape (GoTrue's rule). */
function requestedApiVersion(req: Request): string | null {
  const value = req.headers.get(API_VERSION_HEADER)?.trim() ?? "";
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) return null;
  return value >= API_VERSION_2024 ? API_VERSION_2024 : null;
}

const UNEXPECTED_MESSAGE = "Unexpected failure, please check server logs for more information";

/** Turns anything thrown by a handler into GoTrue's error response; unknown errors never leak details. */
export function errorResponse(req: Request, err: unknown): Response {
  if (err instanceof OAuthError) {
    return Response.json({ error: err.error, error_description: err.message }, { status: 400 });
  }
  const known = err instanceof AuthError ? err : new AuthError(500, "unexpected_failure", UNEXPECTED_MESSAGE);
  if (!(err instanceof AuthError)) console.error("auth: unexpected failure", err);

  const headers = new Headers({ "x-sb-error-code": known.code });
  const version = requestedApiVersion(req);
  let body: Record<string, unknown>;
  if (version) {
    headers.set(API_VERSION_HEADER, version);
    body = { code: known.code, message: known.message, ...known.extra };
  } else {
    body = { code: known.status, error_code: known.code, msg: known.message, ...known.extra };
    if (known.status >= 500) body.error_id = crypto.randomUUID();
  }
  return Response.json(body, { status: known.status, headers });
}
