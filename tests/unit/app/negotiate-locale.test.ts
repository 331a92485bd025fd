import { describe, expect, it } from "vitest";
import { negotiateLocale } from "../../../src/i18n/negotiate-locale";

describe("negotiateLocale", () => {
  it("prefers an explicit choice stored in the cookie", () => {
    expect(negotiateLocale("en", "pt-BR,pt;q=0.9")).toBe("en");
    expect(negotiateLocale("pt-BR", "en-US")).toBe("pt-BR");
  });

  it("ignores an unknown cookie value", () => {
    expect(negotiateLocale("fr", "en-GB")).toBe("en");
  });

  it("follows Accept-Language weights, mapping language variants", () => {
    expect(negotiateLocale(undefined, "en-US,en;q=0.9")).toBe("en");
    expect(negotiateLocale(undefined, "pt-PT")).toBe("pt-BR");
    expect(negotiateLocale(undefined, "fr-FR,en;q=0.5,pt;q=0.8")).toBe("pt-BR");
    expect(negotiateLocale(undefined, "de;q=1, EN;q=0.2")).toBe("en");
  });

  it("skips languages marked unacceptable (q=0)", () => {
    expect(negotiateLocale(undefined, "en;q=0, pt;q=0.1")).toBe("pt-BR");
  });

  it("defaults to Brazilian Portuguese", () => {
    expect(negotiateLocale(undefined, undefined)).toBe("pt-BR");
    expect(negotiateLocale(undefined, "")).toBe("pt-BR");
    expect(negotiateLocale(undefined, "ja,de;q=0.7")).toBe("pt-BR");
    expect(negotiateLocale(undefined, "en;q=0")).toBe("pt-BR");
  });
});
