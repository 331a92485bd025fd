import "server-only";
import type { z } from "zod";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { formatMessage } from "@/src/i18n/format-message";
import type { Locale } from "@/src/i18n/locales";
import { AnalyzerError } from "./analyzer-error";
import { requestLocale } from "./request-locale";

/** Far above any valid body (a 2 KiB URL, an email, a CAPTCHA token): the rest is never read. */
const MAX_BODY_BYTES = 16 * 1024;

export interface AnalyzerRouteInput<Params, Body> {
  request: Request;
  params: Params;
  body: Body;
  locale: Locale;
}

export interface AnalyzerRouteResult {
  status: number;
  body: unknown;
}

type RouteContext = { params: Promise<unknown> };

/**
 * The one way the analyzer's public routes are written: the path parameters and the JSON body are validated
 * with zod before `handler` runs, the answer is in the request's language, expected refusals
 * (`AnalyzerError`) become `{ error: { code, message } }` with their status (and Retry-After for rate limits),
 * and anything unexpected is logged and answered with a generic 500, never a stack trace. Nothing is cached:
 * every answer depends on the moment.
 */
export function defineAnalyzerRoute<Params = undefined, Body = undefined>(
  schemas: { params?: z.ZodType<Params>; body?: z.ZodType<Body> },
  handler: (input: AnalyzerRouteInput<Params, Body>) => Promise<AnalyzerRouteResult>,
): (request: Request, context?: RouteContext) => Promise<Response> {
  return async function route(request, context) {
    let locale = requestLocale(request);
    try {
      const params = schemas.params ? parseParams(schemas.params, await context?.params) : (undefined as Params);
      let body = undefined as Body;
      if (schemas.body) {
        const raw = await readJsonBody(request);
        locale = requestLocale(request, (raw as { locale?: unknown } | null)?.locale);
        const parsed = schemas.body.safeParse(raw);
        if (!parsed.success) throw new AnalyzerError("invalid_request", "bodyInvalid");
        body = parsed.data;
      }
      const result = await handler({ request, params, body, locale });
      return json(result.status, result.body);
    } catch (error) {
      return errorResponse(error, locale);
    }
  };
}

/** A path that does not name a possible resource (a malformed id) names no resource at all. */
function parseParams<Params>(schema: z.ZodType<Params>, raw: unknown): Params {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new AnalyzerError("not_found", "notFound");
  return parsed.data;
}

async function readJsonBody(request: Request): Promise<unknown> {
  // Only JSON is accepted: a cross-site form or beacon cannot send it without a CORS preflight, which this API
  // does not answer, so other sites cannot spend a visitor's limits.
  const type = request.headers.get("content-type") ?? "";
  if (!/^application\/json\s*(;|$)/i.test(type)) throw new AnalyzerError("invalid_request", "bodyNotJson");
  const tooLarge = () => new AnalyzerError("invalid_request", "bodyTooLarge");
  if (Number(request.headers.get("content-length")) > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString("utf8"));
  } catch {
    throw new AnalyzerError("invalid_request", "bodyMalformed");
  }
}

function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return Response.json(body, { status, headers: { "cache-control": "no-store", ...headers } });
}

function errorResponse(error: unknown, locale: Locale): Response {
  const t = dictionaryFor(locale).analyzerApi;
  if (!(error instanceof AnalyzerError) || error.code === "internal") {
    console.error("[analyzer] request failed:", error);
    return json(500, { error: { code: "internal", message: t.messages.internal } });
  }
  if (error.status >= 500) console.error("[analyzer] request failed:", error.cause ?? error);
  const values = { ...error.values };
  const headers: Record<string, string> = {};
  if (error.retryAfter !== undefined) {
    headers["retry-after"] = String(error.retryAfter);
    values.wait = formatWait(error.retryAfter, t.wait);
  }
  const message = formatMessage(t.messages[error.messageKey], values);
  return json(error.status, { error: { code: error.code, message } }, headers);
}

function formatWait(seconds: number, wait: { minutes: string; hours: string }): string {
  if (seconds <= 3600) return formatMessage(wait.minutes, { count: Math.max(1, Math.ceil(seconds / 60)) });
  return formatMessage(wait.hours, { count: Math.ceil(seconds / 3600) });
}
