import { describe, expect, it } from "vitest";
import { emailOtpSchema, passwordSignUpSchema } from "../../../src/auth/auth-form-schemas";
import { signUpPrefill } from "../../../src/components/auth/sign-up-prefill";
import { organizationSlug } from "../../../src/organizations/organization-slug";

const analysisId = "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b";

describe("sign-up from a report", () => {
  it("prefills the email and carries the analysis id, dropping malformed values", () => {
    expect(signUpPrefill({ email: " ana@padaria.com.br ", analysis: analysisId })).toEqual({
      email: "ana@padaria.com.br",
      analysisId,
    });
    expect(signUpPrefill({ email: "not-an-email", analysis: "123" })).toEqual({
      email: undefined,
      analysisId: undefined,
    });
  });

  it("accepts the analysis id in both sign-up forms, and an empty one as none", () => {
    const password = { email: "ana@padaria.com.br", password: "long-enough-1" };
    expect(passwordSignUpSchema.parse({ ...password, analysisId }).analysisId).toBe(analysisId);
    expect(passwordSignUpSchema.parse({ ...password, analysisId: "" }).analysisId).toBeUndefined();
    expect(passwordSignUpSchema.safeParse({ ...password, analysisId: "x" }).success).toBe(false);
    expect(emailOtpSchema.parse({ email: "ana@padaria.com.br", analysisId }).analysisId).toBe(analysisId);
  });
});

describe("organizationSlug", () => {
  it("makes a URL-safe slug the organizations table accepts", () => {
    const valid = /^[a-z0-9]([a-z0-9-]{0,46}[a-z0-9])?$/;
    for (const name of ["Padaria São João", "padaria-exemplo.com.br", "  ---  ", "Ação & Cia!!", "x".repeat(80)]) {
      expect(organizationSlug(name)).toMatch(valid);
      expect(organizationSlug(name, "a1b2c3")).toMatch(valid);
    }
    expect(organizationSlug("Padaria São João")).toBe("padaria-sao-joao");
    expect(organizationSlug("padaria-exemplo.com.br", "a1b2c3")).toBe("padaria-exemplo-com-br-a1b2c3");
    expect(organizationSlug("!!!")).toBe("org");
  });
});
