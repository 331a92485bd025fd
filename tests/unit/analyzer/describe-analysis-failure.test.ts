import { describe, expect, it } from "vitest";
import { analysisFailureCodes } from "@/src/analyzer/analysis-failure";
import { describeAnalysisFailure } from "@/src/analyzer/describe-analysis-failure";
import { en } from "@/src/i18n/en";
import { ptBR } from "@/src/i18n/pt-BR";

describe("describeAnalysisFailure", () => {
  it("has a text for every failure code in both languages", () => {
    for (const texts of [ptBR.analysisFailures, en.analysisFailures]) {
      expect(Object.keys(texts).sort()).toEqual([...analysisFailureCodes].sort());
    }
  });

  it("fills in the page's status", () => {
    expect(describeAnalysisFailure("http_status:404", en.analysisFailures)).toBe(
      "The site answered with error 404, so there is no page to analyze. Check that the address is right and the page is online.",
    );
    expect(describeAnalysisFailure("http_status:503", ptBR.analysisFailures)).toContain("erro 503");
  });

  it("returns the code's text, or null for a reason it does not know", () => {
    expect(describeAnalysisFailure("dns_failure", ptBR.analysisFailures)).toBe(ptBR.analysisFailures.dns_failure);
    expect(describeAnalysisFailure("something_new", en.analysisFailures)).toBeNull();
  });
});
