import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { AnalyzerError } from "@/src/analyzer/analyzer-error";
import { defineAnalyzerRoute } from "@/src/analyzer/define-analyzer-route";

const echo = defineAnalyzerRoute(
  { params: z.object({ id: z.uuid() }), body: z.object({ name: z.string(), locale: z.string().optional() }) },
  async ({ params, body, locale }) => ({ status: 201, body: { id: params.id, name: body.name, locale } }),
);
const id = "00000000-0000-4000-8000-000000000001";
const params = (value = id) => ({ params: Promise.resolve({ id: value }) });

function post(body: string, headers: Record<string, string> = {}): Request {
  return new Request("http://arco.test/api/x", {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body,
  });
}

async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const json = (await response.json()) as { error: { code: string; message: string } };
  expect(Object.keys(json)).toEqual(["error"]);
  expect(Object.keys(json.error).sort()).toEqual(["code", "message"]);
  return { status: response.status, ...json.error };
}

describe("defineAnalyzerRoute", () => {
  it("hands the validated params and body to the handler and answers its status, uncached", async () => {
    const response = await echo(post(JSON.stringify({ name: "Ana" })), params());
    expect(response.status).toBe(201);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.json()).toEqual({ id, name: "Ana", locale: "pt-BR" });
  });

  it("answers in the body's language, else the cookie's, else Accept-Language's, else pt-BR", async () => {
    const localeOf = async (body: object, headers: Record<string, string> = {}) =>
      ((await (await echo(post(JSON.stringify(body), headers), params())).json()) as { locale: string }).locale;
    expect(await localeOf({ name: "a", locale: "en" }, { "accept-language": "pt-BR" })).toBe("en");
    expect(await localeOf({ name: "a" }, { cookie: "theme=dark; locale=en", "accept-language": "pt-BR" })).toBe("en");
    expect(await localeOf({ name: "a" }, { "accept-language": "en-US,en;q=0.8" })).toBe("en");
    expect(await localeOf({ name: "a", locale: "fr" }, { "accept-language": "de" })).toBe("pt-BR");
  });

  it("refuses malformed JSON, other content types, oversized and mis-shaped bodies as invalid_request", async () => {
    expect(await errorOf(await echo(post("{not json"), params()))).toEqual({
      status: 400,
      code: "invalid_request",
      message: "Os dados enviados não são um JSON válido.",
    });
    expect(await errorOf(await echo(post('{"name":"a"}', { "content-type": "text/plain" }), params()))).toMatchObject({
      status: 400,
      code: "invalid_request",
      message: "Envie os dados como JSON (Content-Type: application/json).",
    });
    const big = JSON.stringify({ name: "x".repeat(20_000) });
    expect(await errorOf(await echo(post(big, { "accept-language": "en" }), params()))).toEqual({
      status: 400,
      code: "invalid_request",
      message: "The data sent is too large.",
    });
    expect(await errorOf(await echo(post(JSON.stringify({ name: 42 })), params()))).toMatchObject({
      status: 400,
      code: "invalid_request",
    });
    expect(await errorOf(await echo(post("null"), params()))).toMatchObject({ status: 400, code: "invalid_request" });
  });

  it("answers 404 for a malformed path parameter", async () => {
    expect(await errorOf(await echo(post('{"name":"a"}'), params("not-a-uuid")))).toEqual({
      status: 404,
      code: "not_found",
      message: "Análise não encontrada.",
    });
  });

  it("turns an AnalyzerError into its status, translated message and Retry-After", async () => {
    const limited = defineAnalyzerRoute({}, async () => {
      throw new AnalyzerError("rate_limited", "analysesLimit", { retryAfter: 5400 });
    });
    const response = await limited(new Request("http://arco.test/", { headers: { "accept-language": "en" } }));
    expect(response.headers.get("retry-after")).toBe("5400");
    expect(await errorOf(response)).toEqual({
      status: 429,
      code: "rate_limited",
      message: "You have reached the daily limit of free analyses. Try again in 2 h.",
    });
  });

  it("answers anything unexpected with a generic 500 that leaks nothing", async () => {
    const broken = defineAnalyzerRoute({}, async () => {
      throw new Error("connect ECONNREFUSED 10.1.2.3:5432 password=hunter2");
    });
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    const response = await broken(new Request("http://arco.test/"));
    const text = await response.clone().text();
    expect(await errorOf(response)).toEqual({
      status: 500,
      code: "internal",
      message: "Algo deu errado do nosso lado. Tente de novo em instantes.",
    });
    expect(text).not.toMatch(/ECONNREFUSED|hunter2|at .*\.ts/);
    expect(logged).toHaveBeenCalled();
    logged.mockRestore();
  });
});
