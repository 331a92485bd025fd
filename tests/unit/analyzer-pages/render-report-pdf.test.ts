import { describe, expect, it } from "vitest";
import { renderReportPdf } from "../../../src/analyzer/report-pdf/render-report-pdf";
import { dictionaryFor } from "../../../src/i18n/dictionary";
import { pdfVisibleText } from "./pdf-text";
import { reportFixture } from "./report-fixture";

describe("renderReportPdf", () => {
  for (const locale of ["pt-BR", "en"] as const) {
    it(`renders the report in ${locale}`, async () => {
      const t = dictionaryFor(locale);
      const pdf = await renderReportPdf({
        host: "padaria-exemplo.com.br",
        result: reportFixture,
        generatedAt: new Date("2026-11-23T15:00:00Z"),
        t,
        locale,
      });
      expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      const text = pdfVisibleText(pdf);
      expect(text).toContain(
        locale === "en" ? "Report for padaria-exemplo.com.br" : "Relatório de padaria-exemplo.com.br",
      );
      for (const category of Object.values(t.analyzerPages.report.categories)) expect(text).toContain(category);
      expect(text).toContain(locale === "en" ? "4.6 s" : "4,6 s");
      expect(text).toContain(t.analyzerPages.report.ratings.poor);
      expect(text).toContain(reportFixture.opportunities[0]!.title[locale]);
      // Characters the standard fonts cannot draw are spelled out, not left as wrong glyphs.
      if (locale === "en") expect(text).toContain("Efficiently encode images >= 4 KiB");
      expect(text).toContain("document.write()");
      expect(text).not.toContain("`");
    });
  }
});
