import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { ActionState } from "../../../src/actions/action-state.ts";
import { pointAppAt } from "../../support/app-env.ts";
import { stackForThisFile } from "../../support/stack.ts";
import { lastMail, linkIn, uniqueEmail } from "./clients.ts";

/**
 * /auth/confirm's action (the POST behind its button) against the local stack through @supabase/ssr: it
 * signs in with the link's token hash, goes straight on only for a link this browser asked for, and otherwise
 * answers which account it signed in to.
 */
const stack = stackForThisFile();

/** One browser's cookie jar, as `next/headers` shows it to actions (request and response in one). */
const jar = new Map<string, string>();
type CookieOptions = { name?: string; value?: string; maxAge?: number };
vi.mock("next/headers", () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    set: (...args: [string, string, CookieOptions?] | [CookieOptions]) => {
      const [name, value, options] =
        typeof args[0] === "string"
          ? (args as [string, string, CookieOptions?])
          : [args[0].name!, args[0].value!, args[0]];
      if (!value || options?.maxAge === 0) jar.delete(name);
      else jar.set(name, value);
    },
    delete: (option: string | { name: string }) => jar.delete(typeof option === "string" ? option : option.name),
  }),
  headers: async () => new Headers({ origin: "http://127.0.0.1:3000", "accept-language": "en" }),
}));

let requestEmailOtp: typeof import("../../../src/auth/actions/request-email-otp.ts").requestEmailOtp;
let confirmEmailLink: typeof import("../../../src/auth/actions/confirm-email-link.ts").confirmEmailLink;
let ConfirmEmailLinkPage: typeof import("../../../app/(auth)/auth/confirm/page.tsx").default;

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
}

/** Asks for a link in the current jar's browser; answers the fields of the app's /auth/confirm link for it. */
async function requestLink(email: string): Promise<{ token_hash: string; type: string }> {
  const sent = await requestEmailOtp({ status: "idle" }, form({ email, next: "/app" }));
  expect(sent).toMatchObject({ status: "success" });
  const verify = linkIn(lastMail(stack, email, "signup"));
  return { token_hash: verify.searchParams.get("token") ?? "", type: verify.searchParams.get("type") ?? "" };
}

/** The session cookie (possibly chunked), not the PKCE verifier that asking for a link leaves behind. */
const signedIn = () => [...jar.keys()].some((name) => /-auth-token(\.\d+)?$/.test(name));

beforeAll(async () => {
  pointAppAt(stack);
  ({ requestEmailOtp } = await import("../../../src/auth/actions/request-email-otp.ts"));
  ({ confirmEmailLink } = await import("../../../src/auth/actions/confirm-email-link.ts"));
  ({ default: ConfirmEmailLinkPage } = await import("../../../app/(auth)/auth/confirm/page.tsx"));
});

beforeEach(() => jar.clear());
afterAll(() => jar.clear());

describe("confirming an emailed link", () => {
  it("spends nothing when the link is only opened (a GET, as mail scanners do)", async () => {
    const email = uniqueEmail("opened");
    const link = await requestLink(email);
    for (let i = 0; i < 2; i++) {
      const page = await ConfirmEmailLinkPage({ searchParams: Promise.resolve({ ...link, next: "/app" }) });
      expect(page).toBeTruthy();
    }
    expect(signedIn()).toBe(false);
    await expect(confirmEmailLink({ status: "idle" }, form({ ...link, next: "/app" }))).rejects.toMatchObject({
      digest: expect.stringContaining(";/app;"),
    });
    expect(signedIn()).toBe(true);
  });

  it("goes straight on to `next` in the browser that asked for the link", async () => {
    const email = uniqueEmail("same-browser");
    const link = await requestLink(email);
    await expect(confirmEmailLink({ status: "idle" }, form({ ...link, next: "/app/moda" }))).rejects.toMatchObject({
      digest: expect.stringContaining(";/app/moda;"),
    });
    expect(signedIn()).toBe(true);
  });

  it("stops and names the account when the link was asked for elsewhere (a link handed over)", async () => {
    const attacker = uniqueEmail("handed-over");
    const link = await requestLink(attacker);
    jar.clear(); // the visitor's own browser: no record of asking for anything

    const state = (await confirmEmailLink({ status: "idle" }, form({ ...link, next: "/app" }))) as ActionState<{
      signedInAs: string;
      next: string;
    }>;
    expect(state).toEqual({ status: "success", data: { signedInAs: attacker, next: "/app" } });
    expect(signedIn()).toBe(true);
  });

  it("does not go straight on when this browser asked for a link to another address", async () => {
    await requestLink(uniqueEmail("own-request"));
    const handed = uniqueEmail("someone-else");
    const ownCookies = new Map(jar);
    const link = await requestLink(handed);
    jar.clear();
    for (const [name, value] of ownCookies) jar.set(name, value);

    const state = await confirmEmailLink({ status: "idle" }, form({ ...link, next: "/app" }));
    expect(state).toMatchObject({ status: "success", data: { signedInAs: handed } });
  });

  it("answers link_invalid for a spent or unknown token, signing nobody in", async () => {
    const email = uniqueEmail("spent");
    const link = await requestLink(email);
    await confirmEmailLink({ status: "idle" }, form({ ...link, next: "/app" })).catch(() => undefined);
    jar.clear();

    for (const token_hash of [link.token_hash, `pkce_${"0".repeat(56)}`]) {
      const state = await confirmEmailLink({ status: "idle" }, form({ token_hash, type: link.type, next: "/app" }));
      expect(state).toMatchObject({ status: "error", error: { code: "link_invalid" } });
    }
    expect(signedIn()).toBe(false);
  });

  it("keeps `next` on this site whatever the link says", async () => {
    const email = uniqueEmail("next");
    const link = await requestLink(email);
    await expect(
      confirmEmailLink({ status: "idle" }, form({ ...link, next: "/.//evil.example/x" })),
    ).rejects.toMatchObject({ digest: expect.stringContaining(";/app;") });
  });
});
