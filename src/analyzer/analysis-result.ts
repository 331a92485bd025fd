import { z } from "zod";

/**
 * The report of one finished analysis, as stored in `url_analyses.result` and returned by
 * `GET /api/analyze/:id`. The analysis job produces it from Lighthouse's result; the report page, the PDF and
 * the sign-up import read it. Lighthouse's texts are kept in both languages, so a shared report reads in the
 * visitor's language whoever requested it.
 */
const localizedText = z.object({ "pt-BR": z.string(), en: z.string() });

/** A Lighthouse category score as a percentage; null when Lighthouse could not score the category. */
const score = z.number().int().min(0).max(100).nullable();

const auditSummary = z.object({
  id: z.string(),
  title: localizedText,
  /** Lighthouse's 0–1 score for the audit, null for informative audits. */
  score: z.number().min(0).max(1).nullable(),
  displayValue: z.string().nullable(),
  /** `displayValue` in both languages ("Est savings of 1,400 ms" / "Economia estimada de 1.400 ms"). */
  localizedDisplayValue: localizedText.nullable().optional(),
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
    lcpMs: z.number().nullable(),
    cls: z.number().nullable(),
    tbtMs: z.number().nullable(),
    fcpMs: z.number().nullable(),
    speedIndexMs: z.number().nullable(),
    ttfbMs: z.number().nullable(),
  }),
  /** The largest estimated savings first, at most ten. */
  opportunities: z
    .array(
      auditSummary.extend({
        savingsMs: z.number().nonnegative().nullable(),
        savingsBytes: z.number().nonnegative().nullable(),
      }),
    )
    .max(10),
  /** Audits that failed (score below 0.9), grouped by category. */
  failedAudits: z.object({
    performance: z.array(auditSummary),
    accessibility: z.array(auditSummary),
    bestPractices: z.array(auditSummary),
    seo: z.array(auditSummary),
  }),
  pageWeightBytes: z.number().int().nonnegative(),
  requestCount: z.number().int().nonnegative(),
  consoleErrorCount: z.number().int().nonnegative(),
});

export type AnalysisResult = z.infer<typeof analysisResultSchema>;
