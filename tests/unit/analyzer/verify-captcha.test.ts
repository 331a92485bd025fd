import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { AnalyzerError } from "@/src/analyzer/analyzer-error";
import { verifyCaptcha, type CaptchaProvider } from "@/src/analyzer/verify-captcha";
import { startFakeHttpServer, type FakeHttpServer } from "@/tests/support/fake-http-server";

// The settings are passed explicitly below; env() only supplies the default (here: not configured).
vi.mock("@/src/env", () => ({ env: () => ({}) }));

let siteverify: FakeHttpServer;

beforeAll(async () => {
  // Answers as Turnstile's and hCaptcha's siteverify do: form fields in, { success, error-codes } out.
  siteverify = await startFakeHttpServer((request) => {
    // The fake server hands form bodies over as their fields.
    const form = request.body as Record<string, string>;
    if (form.secret !== "test-secret")
      return { status: 200, body: { success: false, "error-codes": ["invalid-input-secret"] } };
    if (form.response === "broken-provider") return { status: 502, body: { error: "bad gateway" } };
    return form.response === "solved-token"
      ? {
          status: 200,
          body: { success: true, "error-codes": [], hostname: "arco.test", challenge_ts: "2026-11-23T12:00:00Z" },
        }
      : { status: 200, body: { success: false, "error-codes": ["invalid-input-response"] } };
  });
});
afterAll(async () => {
  await siteverify.close();
});

async function refusal(promise: Promise<void>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof AnalyzerError) return `${error.code}:${error.messageKey}`;
    throw error;
  }
  return "accepted";
}

describe.each<CaptchaProvider>(["turnstile", "hcaptcha"])("verifyCaptcha with %s", (provider) => {
  const settings = () => ({ provider, secretKey: "test-secret", verifyUrl: `${siteverify.url}/siteverify` });

  it("accepts a token the provider confirms, sending the documented form fields", async () => {
    const before = siteverify.requests.length;
    await expect(verifyCaptcha("solved-token", "198.51.100.7", settings())).resolves.toBeUndefined();
    const [request] = siteverify.requests.slice(before);
    expect(request?.method).toBe("POST");
    expect(request?.path).toBe("/siteverify");
    expect(request?.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(request?.body).toEqual({
      secret: "test-secret",
      response: "solved-token",
      remoteip: "198.51.100.7",
    });
  });

  it("refuses a token the provider rejects, a missing token, a wrong secret and a failing provider", async () => {
    expect(await refusal(verifyCaptcha("made-up", null, settings()))).toBe("captcha_failed:captchaRejected");
    expect(await refusal(verifyCaptcha(undefined, null, settings()))).toBe("captcha_failed:captchaMissing");
    expect(await refusal(verifyCaptcha("solved-token", null, { ...settings(), secretKey: "wrong" }))).toBe(
      "captcha_failed:captchaRejected",
    );
    expect(await refusal(verifyCaptcha("broken-provider", null, settings()))).toBe("captcha_failed:captchaRejected");
  });

  it("fails closed when the provider cannot be reached", async () => {
    const unreachable = { ...settings(), verifyUrl: "http://127.0.0.1:9/siteverify" };
    vi.spyOn(console, "error").mockImplementationOnce(() => {});
    expect(await refusal(verifyCaptcha("solved-token", null, unreachable))).toBe("captcha_failed:captchaRejected");
  });
});

describe("verifyCaptcha without a provider configured", () => {
  it("checks nothing and calls nobody", async () => {
    const before = siteverify.requests.length;
    await expect(verifyCaptcha(undefined, "198.51.100.7")).resolves.toBeUndefined();
    await expect(verifyCaptcha("anything", null, null)).resolves.toBeUndefined();
    expect(siteverify.requests.length).toBe(before);
  });
});
