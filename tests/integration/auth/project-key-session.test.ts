import { createServerClient } from "@supabase/ssr";
import { NextRequest } from "next/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { pointAppAt } from "../../support/app-env.ts";
import { stackForThisFile } from "../../support/stack.ts";
import { confirmedUser } from "./clients.ts";

/**
 * The project's anon and service-role keys are JWTs signed like access tokens, so a session cookie can carry
 * one and `getClaims()` verifies it. The server must treat that visitor as signed out (sent to sign in), not
 * as a user without an id whose database claims then fail.
 */
const stack = stackForThisFile();

/** The request's cookies, as `next/headers` hands them to the server code under test. */
const requestCookies = new Map<string, string>();
vi.mock("next/headers", () => ({
  cookies: async () => ({
    getAll: () => [...requestCookies].map(([name, value]) => ({ name, value })),
    set: () => {},
  }),
  headers: async () => new Headers(),
}));

const cookieName = "sb-127-auth-token";
let realSession: Record<string, unknown>;
let verified: typeof import("../../../src/auth/get-verified-user.ts");
let proxy: typeof import("../../../proxy.ts");

/** @supabase/ssr's cookie value for a session: `base64-` and the JSON, base64url-encoded. */
function cookieValue(session: Record<string, unknown>): string {
  return `base64-${Buffer.from(JSON.stringify(session)).toString("base64url")}`;
}

function useSessionWithAccessToken(accessToken: string) {
  requestCookies.clear();
  requestCookies.set(cookieName, cookieValue({ ...realSession, access_token: accessToken }));
}

beforeAll(async () => {
  pointAppAt(stack);
  // A real session, signed in through @supabase/ssr, whose cookie the tests then tamper with.
  const jar = new Map<string, string>();
  const supabase = createServerClient(stack.apiUrl, stack.anonKey, {
    cookies: {
      getAll: () => [...jar].map(([name, value]) => ({ name, value })),
      setAll: (cookies) => cookies.forEach(({ name, value }) => jar.set(name, value)),
    },
  });
  const { email, password } = await confirmedUser(stack, "cookie");
  const { data, error } = await supabase.auth.signInWithPassword({ email, password });
  if (error || !data.session) throw error ?? new Error("no session");
  realSession = data.session as unknown as Record<string, unknown>;
  verified = await import("../../../src/auth/get-verified-user.ts");
  proxy = await import("../../../proxy.ts");
});

afterAll(() => {
  requestCookies.clear();
});

describe("a project key in the session cookie", () => {
  it("a real access token is a user (the cookie built here is what @supabase/ssr reads)", async () => {
    useSessionWithAccessToken(String(realSession.access_token));
    const user = await verified.getVerifiedUser();
    expect(user?.id).toBe((realSession.user as { id: string }).id);
  });

  it.each([
    ["anon", () => stack.anonKey],
    ["service_role", () => stack.serviceRoleKey],
  ])("the %s key is a signed-out visitor, sent to sign in", async (_role, key) => {
    useSessionWithAccessToken(key());
    expect(await verified.getVerifiedUser()).toBeNull();
    await expect(verified.requireUser("/app")).rejects.toMatchObject({
      digest: expect.stringContaining("/sign-in?next=%2Fapp"),
    });
  });

  it("the proxy sends it from /app and /admin to sign in instead of letting the page fail", async () => {
    useSessionWithAccessToken(stack.anonKey);
    const cookie = `${cookieName}=${requestCookies.get(cookieName)}`;
    for (const path of ["/app", "/admin"]) {
      const response = await proxy.proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { headers: { cookie } }));
      expect(response.status).toBe(307);
      expect(new URL(response.headers.get("location") ?? "").pathname).toBe("/sign-in");
      expect(new URL(response.headers.get("location") ?? "").searchParams.get("next")).toBe(path);
    }
  });
});
