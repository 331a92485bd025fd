import { describe, expect, it } from "vitest";
import {
  newPasswordSchema,
  passwordSignInSchema,
  passwordSignUpSchema,
  ssoSchema,
  verifyEmailCodeSchema,
} from "../../../src/auth/auth-form-schemas";
import { ptBR } from "../../../src/i18n/pt-BR";

/** The first issue's message per field: what the user would see. */
function issues(result: { success: boolean; error?: { issues: Array<{ path: PropertyKey[]; message: string }> } }) {
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [String(issue.path[0]), issue.message]));
}

describe("auth form schemas", () => {
  it("normalizes the email and validates next", () => {
    const parsed = passwordSignInSchema.parse({ email: "  Demo@Arco.Local ", password: "x", next: "//evil.example" });
    expect(parsed).toEqual({ email: "demo@arco.local", password: "x", next: "/app" });
  });

  it("reports missing and malformed emails with dictionary keys", () => {
    expect(issues(passwordSignInSchema.safeParse({ password: "x" }))).toEqual({ email: "email_required" });
    expect(issues(passwordSignInSchema.safeParse({ email: "", password: "" }))).toEqual({
      email: "email_required",
      password: "password_required",
    });
    expect(issues(passwordSignInSchema.safeParse({ email: "not-an-email", password: "x" }))).toEqual({
      email: "email_invalid",
    });
  });

  it("every validation message is a translated key", () => {
    const results = [
      passwordSignUpSchema.safeParse({ email: "x", password: "short", fullName: "n".repeat(200) }),
      verifyEmailCodeSchema.safeParse({ email: "a@b.co", token: "12ab" }),
      newPasswordSchema.safeParse({ password: "longenough1", confirmPassword: "different1" }),
    ];
    for (const result of results) {
      for (const message of Object.values(issues(result))) expect(Object.keys(ptBR.validation)).toContain(message);
    }
  });

  it("accepts a 6-digit code, ignoring spaces", () => {
    expect(verifyEmailCodeSchema.parse({ email: "a@b.co", token: "123 456" }).token).toBe("123456");
    expect(issues(verifyEmailCodeSchema.safeParse({ email: "a@b.co", token: "1234567" }))).toEqual({
      token: "code_format",
    });
  });

  it("requires a password of 8 to 72 characters on sign-up, and drops an empty name", () => {
    expect(issues(passwordSignUpSchema.safeParse({ email: "a@b.co", password: "1234567" }))).toEqual({
      password: "password_too_short",
    });
    expect(issues(passwordSignUpSchema.safeParse({ email: "a@b.co", password: "x".repeat(73) }))).toEqual({
      password: "password_too_long",
    });
    expect(
      passwordSignUpSchema.parse({ email: "a@b.co", password: "12345678", fullName: "  " }).fullName,
    ).toBeUndefined();
  });

  it("checks that the new passwords match", () => {
    expect(issues(newPasswordSchema.safeParse({ password: "12345678", confirmPassword: "12345679" }))).toEqual({
      confirmPassword: "passwords_mismatch",
    });
    expect(newPasswordSchema.safeParse({ password: "12345678", confirmPassword: "12345678" }).success).toBe(true);
  });

  it("finds the SSO domain from a work email", () => {
    expect(ssoSchema.parse({ email: "Ana@Cliente.com.br", next: "/app/projects" })).toEqual({
      domain: "cliente.com.br",
      next: "/app/projects",
    });
  });
});
