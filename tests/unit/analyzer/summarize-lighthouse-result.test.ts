import type { Result } from "lighthouse";
import { describe, expect, it } from "vitest";
import { analysisResultSchema } from "@/src/analyzer/analysis-result";
import { finalScreenshot } from "@/src/analyzer/lighthouse/final-screenshot";
import { summarizeLighthouseResult } from "@/src/analyzer/lighthouse/summarize-lighthouse-result";

type AuditInput = Partial<Result["audits"][string]> & { id: string };

/** A Lighthouse result reduced to what the summary reads, shaped as Lighthouse 13 writes it. */
function lhr(options: {
  audits: AuditInput[];
  refs: Record<string, { id: string; group?: string }[]>;
  scores?: Record<string, number | null>;
  messagePaths?: Record<string, string[]>;
}): Result {
  const audits = Object.fromEntries(
    options.audits.map((a) => [
      a.id,
      { title: `Title of ${a.id}`, description: "", score: null, scoreDisplayMode: "informative", ...a },
    ]),
  );
  const categories = Object.fromEntries(
    ["performance", "accessibility", "best-practices", "seo"].map((id) => [
      id,
      {
        id,
        title: id,
        score: options.scores?.[id] ?? null,
        auditRefs: (options.refs[id] ?? []).map((r) => ({ weight: 1, ...r })),
      },
    ]),
  );
  return {
    lighthouseVersion: "13.5.0",
    fetchTime: "2026-11-23T12:00:00.000Z",
    requestedUrl: "http://site.test/",
    mainDocumentUrl: "http://site.test/home",
    finalDisplayedUrl: "http://site.test/home",
    audits,
    categories,
    configSettings: { locale: "en-US" },
    i18n: { rendererFormattedStrings: {}, icuMessagePaths: options.messagePaths ?? {} },
  } as unknown as Result;
}

const metricAudits: AuditInput[] = [
  { id: "largest-contentful-paint", numericValue: 2400.4, score: 0.9, scoreDisplayMode: "numeric" },
  { id: "cumulative-layout-shift", numericValue: 0.05, score: 1, scoreDisplayMode: "numeric" },
  { id: "total-blocking-time", numericValue: 120, score: 0.95, scoreDisplayMode: "numeric" },
  { id: "first-contentful-paint", numericValue: 1200, score: 0.8, scoreDisplayMode: "numeric" },
  { id: "speed-index", numericValue: 1900, score: 0.9, scoreDisplayMode: "numeric" },
  { id: "server-response-time", numericValue: 310, score: 1, scoreDisplayMode: "metricSavings" },
  { id: "total-byte-weight", numericValue: 123456.7, score: 1, scoreDisplayMode: "metricSavings" },
  { id: "network-requests", details: { type: "table", headings: [], items: [{}, {}, {}, {}] } },
  {
    id: "errors-in-console",
    score: 0,
    scoreDisplayMode: "binary",
    details: { type: "table", headings: [], items: [{}, {}] },
  },
];

describe("summarizeLighthouseResult", () => {
  it("keeps scores as percentages, the lab metrics, weight, requests and console errors", () => {
    const result = summarizeLighthouseResult(
      lhr({
        audits: metricAudits,
        refs: { "best-practices": [{ id: "errors-in-console" }] },
        scores: { performance: 0.876, accessibility: 1, "best-practices": 0.5, seo: null },
      }),
    );
    expect(analysisResultSchema.safeParse(result).success).toBe(true);
    expect(result).toMatchObject({
      lighthouseVersion: "13.5.0",
      fetchedAt: "2026-11-23T12:00:00.000Z",
      finalUrl: "http://site.test/home",
      scores: { performance: 88, accessibility: 100, bestPractices: 50, seo: null },
      metrics: { lcpMs: 2400.4, cls: 0.05, tbtMs: 120, fcpMs: 1200, speedIndexMs: 1900, ttfbMs: 310 },
      pageWeightBytes: 123457,
      requestCount: 4,
      consoleErrorCount: 2,
    });
  });

  it("leaves metrics null and counts zero when Lighthouse could not measure them", () => {
    const result = summarizeLighthouseResult(
      lhr({ audits: [{ id: "largest-contentful-paint", score: null }], refs: {} }),
    );
    expect(result.metrics).toEqual({
      lcpMs: null,
      cls: null,
      tbtMs: null,
      fcpMs: null,
      speedIndexMs: null,
      ttfbMs: null,
    });
    expect(result).toMatchObject({ pageWeightBytes: 0, requestCount: 0, consoleErrorCount: 0 });
  });

  it("lists failed audits per category, leaving out metrics, hidden, passed and unscored ones", () => {
    const result = summarizeLighthouseResult(
      lhr({
        audits: [
          ...metricAudits,
          { id: "color-contrast", score: 0, scoreDisplayMode: "binary" },
          { id: "image-alt", score: 1, scoreDisplayMode: "binary" },
          { id: "aria-hidden", score: null, scoreDisplayMode: "notApplicable" },
          { id: "manual-check", score: null, scoreDisplayMode: "manual" },
          { id: "document-title", score: 0, scoreDisplayMode: "binary", displayValue: "missing" },
          { id: "lcp-discovery-insight", score: 0, scoreDisplayMode: "numeric" },
        ],
        refs: {
          performance: [
            { id: "first-contentful-paint", group: "metrics" },
            { id: "server-response-time", group: "hidden" },
            { id: "lcp-discovery-insight", group: "insights" },
          ],
          accessibility: [{ id: "color-contrast" }, { id: "image-alt" }, { id: "aria-hidden" }, { id: "manual-check" }],
          "best-practices": [{ id: "errors-in-console" }],
          seo: [{ id: "document-title" }],
        },
      }),
    );
    const ids = Object.fromEntries(Object.entries(result.failedAudits).map(([k, v]) => [k, v.map((a) => a.id)]));
    expect(ids).toEqual({
      performance: ["lcp-discovery-insight"],
      accessibility: ["color-contrast"],
      bestPractices: ["errors-in-console"],
      seo: ["document-title"],
    });
    expect(result.failedAudits.seo[0]).toMatchObject({ score: 0, displayValue: "missing" });
  });

  it("ranks opportunities by estimated time saved, then bytes, at most ten", () => {
    const opportunities: AuditInput[] = [
      // A classic opportunity: overall savings in its details.
      {
        id: "unused-javascript",
        score: 0,
        scoreDisplayMode: "metricSavings",
        metricSavings: { LCP: 900, FCP: 800 },
        displayValue: "Est savings of 463 KiB",
        details: { type: "opportunity", headings: [], items: [], overallSavingsMs: 2550, overallSavingsBytes: 473780 },
      },
      // An insight: per-metric savings only, the largest time saving counts (CLS is not time).
      {
        id: "render-blocking-insight",
        score: 0,
        scoreDisplayMode: "metricSavings",
        metricSavings: { FCP: 3050, LCP: 100, CLS: 9000 },
      },
      // Bytes only.
      {
        id: "image-delivery-insight",
        score: 0.5,
        scoreDisplayMode: "metricSavings",
        metricSavings: { LCP: 0 },
        details: { type: "opportunity", headings: [], items: [], overallSavingsBytes: 5000 },
      },
      // Passed, or nothing to save: not an opportunity.
      { id: "cache-insight", score: 1, scoreDisplayMode: "metricSavings", metricSavings: { LCP: 500 } },
      { id: "dom-size-insight", score: 0, scoreDisplayMode: "numeric", metricSavings: { INP: 0 } },
      ...Array.from({ length: 12 }, (_, i) => ({
        id: `filler-${i}`,
        score: 0,
        scoreDisplayMode: "metricSavings" as const,
        metricSavings: { TBT: 10 + i },
      })),
    ];
    const result = summarizeLighthouseResult(
      lhr({
        audits: opportunities,
        refs: { performance: opportunities.map((o) => ({ id: o.id, group: "insights" })) },
      }),
    );
    expect(result.opportunities).toHaveLength(10);
    expect(result.opportunities.slice(0, 3)).toMatchObject([
      { id: "render-blocking-insight", savingsMs: 3050, savingsBytes: null },
      { id: "unused-javascript", savingsMs: 2550, savingsBytes: 473780, displayValue: "Est savings of 463 KiB" },
      { id: "filler-11", savingsMs: 21 },
    ]);
    const ids = result.opportunities.map((o) => o.id);
    expect(ids).not.toContain("cache-insight");
    expect(ids).not.toContain("dom-size-insight");
    // Bytes-only savings rank after every time saving, and fall off the end of a full list.
    expect(ids).not.toContain("image-delivery-insight");
  });

  it("translates titles and display values to Brazilian Portuguese with Lighthouse's own messages", () => {
    const result = summarizeLighthouseResult(
      lhr({
        audits: [
          {
            id: "unused-javascript",
            title: "Reduce unused JavaScript",
            score: 0,
            scoreDisplayMode: "metricSavings",
            displayValue: "Est savings of 463 KiB",
            details: {
              type: "opportunity",
              headings: [],
              items: [],
              overallSavingsMs: 2550,
              overallSavingsBytes: 473780,
            },
          },
          {
            id: "custom-audit",
            title: "A title Lighthouse has no translation for",
            score: 0,
            scoreDisplayMode: "binary",
          },
        ],
        refs: { performance: [{ id: "unused-javascript", group: "diagnostics" }, { id: "custom-audit" }] },
        messagePaths: {
          "core/audits/byte-efficiency/unused-javascript.js | title": ["audits[unused-javascript].title"],
          "core/lib/i18n/i18n.js | displayValueByteSavings": [
            { path: "audits[unused-javascript].displayValue", values: { wastedBytes: 473780 } } as unknown as string,
          ],
        },
      }),
    );
    const [unused, custom] = result.failedAudits.performance;
    expect(unused!.title).toEqual({ en: "Reduce unused JavaScript", "pt-BR": "Reduza o JavaScript não usado" });
    expect(unused!.localizedDisplayValue).toEqual({
      en: "Est savings of 463 KiB",
      "pt-BR": "Economia estimada de 463 KiB",
    });
    // Without a Portuguese message the English text stands in, rather than nothing.
    expect(custom!.title).toEqual({
      en: "A title Lighthouse has no translation for",
      "pt-BR": "A title Lighthouse has no translation for",
    });
    expect(custom!.localizedDisplayValue).toBeNull();
  });
});

describe("finalScreenshot", () => {
  it("decodes the final screenshot's JPEG, or gives null without one", () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3]);
    const withShot = lhr({
      audits: [
        {
          id: "final-screenshot",
          details: {
            type: "screenshot",
            timing: 1,
            timestamp: 1,
            data: `data:image/jpeg;base64,${jpeg.toString("base64")}`,
          },
        },
      ],
      refs: {},
    });
    expect(finalScreenshot(withShot)).toEqual(jpeg);
    expect(finalScreenshot(lhr({ audits: [], refs: {} }))).toBeNull();
  });
});
