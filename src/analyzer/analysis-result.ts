// zod/mini: the report page parses this in the browser too, where full zod would weigh on every visit.
import { z } from "zod/mini";

/**
 * The report of one finished analysis, as stored in `url_analyses.result` and returned by
 * `GET /api/analyze/:id`. The analysis job produces it from Lighthouse's result; the report page, the PDF and
 * the sign-up import read it. Lighthouse's texts are kept in both languages, so a shared report reads in the
 * visitor's language whoever requested it.
 */
const localizedText = z.object({ "pt-BR": z.string(), en: z.string() });

/** A Lighthouse category score as a percentage; null when Lighthouse could not score the category. */
const score = z.nullable(z.int().check(z.minimum(0), z.maximum(100)));

const auditSummary = z.object({
  id: z.string(),
  title: localizedText,
  /** Lighthouse's 0–1 score for the audit, null for informative audits. */
  score: z.nullable(z.number().check(z.minimum(0), z.maximum(1))),
  displayValue: z.nullable(z.string()),
  /** `displayValue` in both languages ("Est savings of 1,400 ms" / "Economia estimada de 1.400 ms"). */
  localizedDisplayValue: z.optional(z.nullable(localizedText)),
});

export const categoryIds = ["performance", "accessibility", "bestPractices", "seo"] as const;
export type CategoryId = (typeof categoryIds)[number];

export const analysisResultSchema = z.object({
  lighthouseVersion: z.string(),
  /** When Lighthouse fetched the page (ISO 8601). */
  fetchedAt: z.string(),
  /** The URL the page ended on after redirects. */
  finalUrl: z.string(),
  scores: z.object({ performance: score, accessibility: score, bestPractices: score, seo: score }),
  /** Lab metrics; null when the page never reached the point the metric measures. */
  metrics: z.object({
    lcpMs: z.nullable(z.number()),
    cls: z.nullable(z.number()),
    tbtMs: z.nullable(z.number()),
    fcpMs: z.nullable(z.number()),
    speedIndexMs: z.nullable(z.number()),
    ttfbMs: z.nullable(z.number()),
  }),
  /** The largest estimated savings first, at most ten. */
  opportunities: z
    .array(
      z.extend(auditSummary, {
        savingsMs: z.nullable(z.number().check(z.nonnegative())),
        savingsBytes: z.nullable(z.number().check(z.nonnegative())),
      }),
    )
    .check(z.maxLength(10)),
  /** Audits that failed (score below 0.9), grouped by category. */
  failedAudits: z.object({
    performance: z.array(auditSummary),
    accessibility: z.array(auditSummary),
    bestPractices: z.array(auditSummary),
    seo: z.array(auditSummary),
  }),
  pageWeightBytes: z.int().check(z.nonnegative()),
  requestCount: z.int().check(z.nonnegative()),
  consoleErrorCount: z.int().check(z.nonnegative()),
});

export type AnalysisResult = z.infer<typeof analysisResultSchema>;
