import { describe, expect, it } from "vitest";
import { defaultNextPath, safeNextPath } from "../../../src/auth/safe-next-path";

const site = "https://arco.example";

/** Where a browser on the site goes when this value is the Location header. */
function landsOn(location: string): string {
  return new URL(location, `${site}/auth/callback?code=x`).origin;
}

describe("safeNextPath", () => {
  it.each([
    ["/app", "/app"],
    ["/app/projects?tab=open#top", "/app/projects?tab=open#top"],
    ["/reset-password", "/reset-password"],
    ["/app/../admin", "/admin"],
    ["/./app", "/app"],
    ["/app?next=//evil.example", "/app?next=//evil.example"],
    ["/app#//evil.example", "/app#//evil.example"],
    ["/app/%2F/evil.example", "/app/%2F/evil.example"],
  ])("keeps the same-origin path %s", (input, expected) => {
    expect(safeNextPath(input)).toBe(expected);
  });

  it.each([
    undefined,
    null,
    "",
    "app",
    "//evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "https://evil.example/app",
    "javascript:alert(1)",
    "/\tevil",
    "/app\n",
    `/${"a".repeat(3000)}`,
    "/sign-in?next=/app",
    "/sign-up",
    "/auth/callback?code=x",
    "/auth/confirm?token_hash=x&type=magiclink",
    "/%73ign-in",
    "/SIGN-IN",
  ])("falls back to the dashboard for %j (foreign, malformed or an auth page)", (input) => {
    expect(safeNextPath(input)).toBe(defaultNextPath);
  });

  // Every spelling that normalises (dot segments, their percent-encodings, backslashes, whitespace the URL
  // parser drops) into something a browser would read as another host.
  const escapes = [
    "/.//evil.example/x",
    "/..//evil.example/x",
    "/%2e//evil.example/x",
    "/%2E//evil.example/x",
    "/%2e%2e//evil.example/x",
    "/.%2e//evil.example/x",
    "/%2e./evil.example/..//evil.example/x",
    "/x/..//evil.example",
    "/a/b/../..//evil.example",
    "/app/%2e%2e/%2e%2e//evil.example",
    "/./\\evil.example",
    "/.\\/evil.example",
    "/\\/evil.example",
    "/%2e/\\evil.example",
    "/.//\\evil.example",
    "/\t/evil.example",
    "/\n/evil.example",
    "/.\r//evil.example",
    "/\u0000//evil.example",
    "/ //evil.example",
    " //evil.example",
    "///evil.example",
    "/.///evil.example",
    "/..///evil.example",
    "http:/evil.example",
    "https:evil.example",
    "//evil.example@next.invalid",
    "/%5c/evil.example",
    "/\u3000/evil.example",
  ];

  it.each(escapes)("never answers a path that leaves the site: %j", (input) => {
    const next = safeNextPath(input);
    expect(next.startsWith("/")).toBe(true);
    expect(next[1]).not.toBe("/");
    expect(next[1]).not.toBe("\\");
    expect(landsOn(next)).toBe(site);
  });

  it.each(["/.//evil.example/x", "/..//evil.example/x", "/%2e//evil.example/x", "/x/..//evil.example"])(
    "refuses %j rather than rewriting it",
    (input) => {
      expect(safeNextPath(input)).toBe(defaultNextPath);
    },
  );
});
