import { z } from "zod/mini";

const errorBody = z.object({ error: z.object({ code: z.string(), message: z.optional(z.string()) }) });

/** `202 { id, status }` from `POST /api/analyze`. */
export const acceptedAnalysis = z.object({ id: z.string().check(z.minLength(1)), status: z.string() });

export type ApiOutcome<T> =
  | { ok: true; data: T }
  | {
      ok: false;
      /** The API's error code, or "network" when it could not be reached and "unexpected" for anything else. */
      code: string;
      /** Already in the visitor's language (the API localizes its messages). */
      message?: string;
      retryAfterSeconds?: number;
    };

/** POSTs JSON to the analyzer's public API and reads its `{ error: { code, message } }` answers. */
export async function postToAnalyzerApi<T>(
  path: string,
  body: unknown,
  success: z.ZodMiniType<T>,
): Promise<ApiOutcome<T>> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: "POST",
      headers: { "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    return { ok: false, code: "network" };
  }
  const json: unknown = await response.json().catch(() => undefined);
  if (response.ok) {
    const parsed = success.safeParse(json);
    return parsed.success ? { ok: true, data: parsed.data } : { ok: false, code: "unexpected" };
  }
  const failure = errorBody.safeParse(json);
  const retryAfter = Number(response.headers.get("retry-after"));
  return {
    ok: false,
    code: failure.success ? failure.data.error.code : response.status === 429 ? "rate_limited" : "unexpected",
    message: failure.data?.error.message,
    retryAfterSeconds: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined,
  };
}
