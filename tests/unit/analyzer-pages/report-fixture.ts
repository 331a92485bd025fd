import type { AnalysisResult } from "../../../src/analyzer/analysis-result";

const text = (en: string, pt: string) => ({ en, "pt-BR": pt });

/** A finished analysis with every band represented: a mid-range page, as most real sites are. */
export const reportFixture: AnalysisResult = {
  lighthouseVersion: "13.5.0",
  fetchedAt: "2026-11-23T14:05:00.000Z",
  finalUrl: "https://www.padaria-exemplo.com.br/inicio",
  scores: { performance: 47, accessibility: 88, bestPractices: 100, seo: null },
  metrics: { lcpMs: 4630, cls: 0.12, tbtMs: 180, fcpMs: 1210, speedIndexMs: 3900, ttfbMs: 2100 },
  opportunities: [
    {
      id: "render-blocking-resources",
      title: text("Eliminate render-blocking resources", "Elimine recursos que bloqueiam a renderização"),
      score: 0.2,
      displayValue: "Potential savings of 1,230 ms",
      savingsMs: 1230,
      savingsBytes: null,
    },
    {
      id: "uses-optimized-images",
      title: text("Efficiently encode images ≥ 4 KiB", "Codifique as imagens com eficiência"),
      score: 0.6,
      displayValue: null,
      savingsMs: 450,
      savingsBytes: 348_000,
    },
  ],
  failedAudits: {
    performance: [
      {
        id: "largest-contentful-paint",
        title: text("Largest Contentful Paint", "Largest Contentful Paint"),
        score: 0.1,
        displayValue: "4.6 s",
      },
    ],
    accessibility: [
      {
        id: "color-contrast",
        title: text(
          "Background and foreground colors do not have a sufficient contrast ratio.",
          "As cores de fundo e de primeiro plano não têm uma taxa de contraste suficiente.",
        ),
        score: 0,
        displayValue: null,
      },
      {
        id: "document-write",
        title: text("Avoids `document.write()`", "Evita `document.write()`"),
        score: 0.5,
        displayValue: null,
      },
    ],
    bestPractices: [],
    seo: [],
  },
  pageWeightBytes: 2_450_000,
  requestCount: 58,
  consoleErrorCount: 2,
};
