import { describe, expect, it } from "vitest";
import { isProtectedPath, signInPathFor } from "../../../src/auth/protected-paths";

describe("isProtectedPath", () => {
  it.each(["/app", "/app/", "/app/projects/1", "/admin", "/admin/audit-log"])("protects %s", (path) => {
    expect(isProtectedPath(path)).toBe(true);
  });

  it.each(["/", "/apple", "/administrator", "/sign-in", "/auth/callback", "/analyze"])("leaves %s public", (path) => {
    expect(isProtectedPath(path)).toBe(false);
  });
});

describe("signInPathFor", () => {
  it("encodes the destination as the next parameter", () => {
    expect(signInPathFor("/app/projects?tab=open")).toBe("/sign-in?next=%2Fapp%2Fprojects%3Ftab%3Dopen");
  });
});
