import "server-only";
import { z } from "zod";
import { requestLocale } from "@/src/analyzer/request-locale";
import { mapDatabaseError } from "@/src/db/map-database-error";
import { withApiPrincipal } from "@/src/db/with-user";
import { AppError } from "@/src/errors/app-error";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import { ApiRequestError } from "./api-request-error";
import { authenticateApiKey, type RateLimitState } from "./authenticate-api-key";
import type { ApiEndpoint } from "./define-api-endpoint";
import { readJsonBody } from "./read-json-body";

type RouteContext = { params: Promise<unknown> };

/**
 * The one way a public API route is served: the key authenticates and is counted (401 without a live key, 429
 * past the minute's limit), the scope is checked (403), path, query and body are validated by the endpoint's
 * schemas (404 for a path naming nothing, 400 naming the field), and the handler runs under row-level security
 * as the key's organization. Every answer carries the RateLimit headers once the key is known; refusals are
 * `{ error: { code, message } }` in the request's language, and unexpected failures are logged, never shown.
 */
export function apiRoute<P, Q, B, R>(
  endpoint: ApiEndpoint<P, Q, B, R>,
): (request: Request, context: RouteContext) => Promise<Response> {
  return async function route(request, context) {
    const locale = requestLocale(request);
    let rateHeaders: Record<string, string> = {};
    try {
      const caller = await authenticateApiKey(request);
      if (!caller) throw new AppError("invalid_api_key");
      rateHeaders = rateLimitHeaders(caller.rateLimit);
      if (!caller.allowed) {
        const retryAfter = Math.max(1, Math.ceil((caller.rateLimit.resetAt.getTime() - Date.now()) / 1000));
        return errorResponse(new AppError("rate_limited"), locale, {
          ...rateHeaders,
          "retry-after": String(retryAfter),
        });
      }
      if (!caller.scopes.includes(endpoint.scope)) throw new AppError("forbidden", { detail: "scope" });

      const params = parse(endpoint.params, await context.params, () => new AppError("not_found"));
      const search = Object.fromEntries(new URL(request.url).searchParams);
      const query = parse(endpoint.query, search, (error) => ApiRequestError.fromZod("query", error));
      const body = endpoint.body
        ? parse(endpoint.body, await readJsonBody(request), (error) => ApiRequestError.fromZod("body", error))
        : (undefined as B);

      const result = await endpoint.handler({
        db: (fn) => withApiPrincipal(caller, endpoint.scope, fn),
        orgId: caller.orgId,
        params,
        query,
        body,
      });
      if (result === null) throw new AppError("not_found");
      return Response.json(result, {
        status: endpoint.status,
        headers: { "cache-control": "no-store", ...rateHeaders },
      });
    } catch (error) {
      return errorResponse(error, locale, rateHeaders);
    }
  };
}

function parse<T>(schema: z.ZodType<T> | undefined, raw: unknown, refuse: (error: z.ZodError) => Error): T {
  if (!schema) return undefined as T;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw refuse(parsed.error);
  return parsed.data;
}

/** The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers): reset in seconds from now. */
function rateLimitHeaders({ limit, remaining, resetAt }: RateLimitState): Record<string, string> {
  const reset = Math.max(0, Math.ceil((resetAt.getTime() - Date.now()) / 1000));
  return {
    "ratelimit-limit": String(limit),
    "ratelimit-remaining": String(remaining),
    "ratelimit-reset": String(reset),
    "ratelimit-policy": `${limit};w=60`,
  };
}

function errorResponse(error: unknown, locale: Locale, headers: Record<string, string>): Response {
  const t = dictionaryFor(locale);
  const base = { "cache-control": "no-store", ...headers };
  if (error instanceof ApiRequestError) {
    const message = formatMessage(t.publicApi.request[error.problem], {
      field: error.field,
      detail: error.detail ?? "",
    });
    return Response.json(
      { error: { code: "invalid_input", message, field: error.field } },
      { status: 400, headers: base },
    );
  }
  const appError = mapDatabaseError(error);
  if (appError.code === "unexpected") console.error("[api] request failed:", error);
  const extra: Record<string, string> = appError.code === "invalid_api_key" ? { "www-authenticate": "Bearer" } : {};
  return Response.json(
    { error: { code: appError.code, message: t.errors[appError.code] } },
    { status: appError.status, headers: { ...base, ...extra } },
  );
}
