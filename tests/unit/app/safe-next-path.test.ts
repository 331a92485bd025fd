import { describe, expect, it } from "vitest";
import { defaultNextPath, safeNextPath } from "../../../src/auth/safe-next-path";

describe("safeNextPath", () => {
  it.each([
    ["/app", "/app"],
    ["/app/projects?tab=open#top", "/app/projects?tab=open#top"],
    ["/reset-password", "/reset-password"],
    ["/app/../admin", "/admin"],
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
  ])("falls back to the dashboard for %j (foreign, malformed or an auth page)", (input) => {
    expect(safeNextPath(input)).toBe(defaultNextPath);
  });
});
