import { createClient, type SupabaseClient } from "@supabase/supabase-js";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { idleState, type ActionState } from "@/src/actions/action-state";
import { dictionaryFor } from "@/src/i18n/dictionary";
import { startFakeHttpServer, type FakeHttpServer, type RecordedRequest } from "@/tests/support/fake-http-server";

/**
 * The auth forms that make Supabase Auth send an email (sign-up, magic link and code, recovery) and the
 * sign-ins its CAPTCHA protection also covers (password, SSO) must hand the widget's token on: with that
 * protection on, Supabase Auth refuses them without one. The local stack's Auth does not check tokens, so
 * these actions talk to a stand-in that answers as Supabase Auth does with CAPTCHA protection on.
 */

let gotrue: FakeHttpServer;
let client: SupabaseClient;

vi.mock("@/src/supabase/server-client", () => ({ createSupabaseServerClient: async () => client }));
// The request a browser would make: English, from the app's own origin; cookies set by the actions are dropped.
vi.mock("next/headers", () => ({
  headers: async () => new Headers({ origin: "http://127.0.0.1:3000", "accept-language": "en" }),
  cookies: async () => ({ get: () => undefined, getAll: () => [], set: () => {} }),
}));

const SOLVED = "solved-token";
const user = { id: "00000000-0000-4000-8000-00000000ca97", aud: "authenticated", role: "", email: "ana@example.com" };

function captchaTokenOf(request: RecordedRequest): unknown {
  return (request.body as { gotrue_meta_security?: { captcha_token?: unknown } } | undefined)?.gotrue_meta_security
    ?.captcha_token;
}

beforeAll(async () => {
  // The settings env() requires; nothing here reaches them but APP_URL.
  vi.stubEnv("APP_URL", "http://127.0.0.1:3000");
  vi.stubEnv("SUPABASE_URL", "http://127.0.0.1:9");
  vi.stubEnv("SUPABASE_ANON_KEY", "anon-key");
  vi.stubEnv("SUPABASE_SERVICE_ROLE_KEY", "service-role-key");
  vi.stubEnv("DATABASE_URL", "postgres://127.0.0.1:9/none");
  gotrue = await startFakeHttpServer((request) => {
    // Supabase Auth's verifyCaptcha: on these routes, a missing or unknown token is a 400 captcha_failed.
    if (captchaTokenOf(request) !== SOLVED) {
      return {
        status: 400,
        body: {
          code: 400,
          error_code: "captcha_failed",
          msg: "captcha protection: request disallowed (no captcha_token found)",
        },
      };
    }
    const path = request.path.split("?")[0];
    if (path === "/auth/v1/signup") return { status: 200, body: user };
    if (path === "/auth/v1/token") {
      const session = { access_token: "access", token_type: "bearer", expires_in: 3600, refresh_token: "refresh" };
      return { status: 200, body: { ...session, expires_at: Math.floor(Date.now() / 1000) + 3600, user } };
    }
    if (path === "/auth/v1/sso") return { status: 200, body: { url: "https://idp.example.com/saml" } };
    return { status: 200, body: {} };
  });
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await gotrue?.close();
});

beforeEach(() => {
  gotrue.requests.length = 0;
  client = createClient(gotrue.url, "anon-key", { auth: { persistSession: false, autoRefreshToken: false } });
});

type Action = (previous: typeof idleState, formData: FormData) => Promise<ActionState<unknown>>;

const forms: Array<{ name: string; path: string; load: () => Promise<Action>; fields: Record<string, string> }> = [
  {
    name: "sign-up with a password",
    path: "/auth/v1/signup",
    load: async () => (await import("@/src/auth/actions/sign-up-with-password")).signUpWithPassword,
    fields: { email: "ana@example.com", password: "correct horse battery" },
  },
  {
    name: "magic link and code",
    path: "/auth/v1/otp",
    load: async () => (await import("@/src/auth/actions/request-email-otp")).requestEmailOtp,
    fields: { email: "ana@example.com" },
  },
  {
    name: "password recovery",
    path: "/auth/v1/recover",
    load: async () => (await import("@/src/auth/actions/request-password-reset")).requestPasswordReset,
    fields: { email: "ana@example.com" },
  },
  {
    name: "password sign-in",
    path: "/auth/v1/token",
    load: async () => (await import("@/src/auth/actions/sign-in-with-password")).signInWithPassword,
    fields: { email: "ana@example.com", password: "correct horse battery" },
  },
  {
    name: "SSO sign-in",
    path: "/auth/v1/sso",
    load: async () => (await import("@/src/auth/actions/sign-in-with-sso")).signInWithSso,
    fields: { email: "ana@example.com" },
  },
];

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** The action's answer, or the redirect it ended with (sign-ins go on to the next page). */
async function submit(action: Action, fields: Record<string, string>): Promise<ActionState<unknown> | "redirect"> {
  try {
    return await action(idleState, formData(fields));
  } catch (error) {
    if (String((error as { digest?: unknown }).digest).startsWith("NEXT_REDIRECT")) return "redirect";
    throw error;
  }
}

describe.each(forms)("$name", ({ path, load, fields }) => {
  it("hands the CAPTCHA token to Supabase Auth", async () => {
    const outcome = await submit(await load(), { ...fields, captchaToken: SOLVED });
    expect(outcome === "redirect" || outcome.status === "success").toBe(true);
    const [request] = gotrue.requests;
    expect(request?.path.split("?")[0]).toBe(path);
    expect(captchaTokenOf(request!)).toBe(SOLVED);
  });

  it("tells the visitor to do the CAPTCHA again when Supabase Auth refuses the token", async () => {
    const outcome = await submit(await load(), { ...fields, captchaToken: "" });
    expect(outcome).toMatchObject({
      status: "error",
      error: { code: "captcha_failed", message: dictionaryFor("en").errors.captcha_failed },
    });
  });
});
