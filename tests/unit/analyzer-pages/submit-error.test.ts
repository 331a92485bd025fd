import { describe, expect, it } from "vitest";
import { submitError } from "../../../src/components/analyzer/submit-error";
import { utmParameters } from "../../../src/components/analyzer/utm-parameters";
import { en } from "../../../src/i18n/en";
import { ptBR } from "../../../src/i18n/pt-BR";

describe("submitError", () => {
  it("shows URL refusals next to the URL field and email refusals next to the email", () => {
    expect(submitError({ ok: false, code: "url_not_allowed", message: "Private." }, ptBR, "pt-BR")).toEqual({
      url: "Private.",
    });
    expect(submitError({ ok: false, code: "invalid_url", message: "Bad." }, ptBR, "pt-BR")).toEqual({ url: "Bad." });
    expect(submitError({ ok: false, code: "invalid_email" }, en, "en")).toEqual({
      email: en.analyzerApi.messages.emailInvalid,
    });
  });

  it("says when to come back after a rate limit", () => {
    const { form } = submitError(
      { ok: false, code: "rate_limited", message: "Limite atingido. Tente de novo em 2 h.", retryAfterSeconds: 7200 },
      ptBR,
      "pt-BR",
    );
    expect(form).toMatch(/^Limite atingido\. Tente de novo em 2 h\. Liberado novamente: .*\d{2}:\d{2}\.$/);
  });

  it("explains a failed connection and anything unexpected at the form", () => {
    expect(submitError({ ok: false, code: "network" }, en, "en")).toEqual({
      form: en.analyzerPages.submitErrors.network,
    });
    expect(submitError({ ok: false, code: "unexpected" }, en, "en")).toEqual({
      form: en.analyzerPages.submitErrors.unexpected,
    });
  });
});

describe("utmParameters", () => {
  it("passes the campaign parameters in the API's shape and drops empty ones", () => {
    expect(utmParameters("?utm_source=google&utm_medium=cpc&utm_campaign=%20&x=1&utm_content=ad-1")).toEqual({
      source: "google",
      medium: "cpc",
      content: "ad-1",
    });
    expect(utmParameters("")).toEqual({});
    expect(utmParameters(`?utm_term=${"a".repeat(300)}`).term).toHaveLength(200);
  });
});
