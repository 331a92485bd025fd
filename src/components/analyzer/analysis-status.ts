import { z } from "zod/mini";
import { analysisResultSchema, type AnalysisResult } from "../../analyzer/analysis-result";

export const analysisStages = ["queued", "loading", "auditing", "saving", "done", "failed"] as const;
export type AnalysisStage = (typeof analysisStages)[number];

const scoresSchema = analysisResultSchema.shape.scores;
export type AnalysisScores = AnalysisResult["scores"];

/** `GET /api/analyze/:id`, as the report page reads it. */
export const analysisStatusResponse = z.object({
  id: z.string(),
  url: z.string(),
  status: z.enum(["queued", "running", "done", "failed"]),
  progress: z.number().check(z.minimum(0), z.maximum(100)),
  stage: z.enum(analysisStages),
  result: z.optional(z.unknown()),
  failureReason: z.nullish(z.string()),
  screenshotUrl: z.nullish(z.string()),
  emailGiven: z.boolean(),
  finalUrl: z.nullish(z.string()),
});

/**
 * What the report page renders. The scores and the screenshot are public; the rest of the report (`full`)
 * only once an email was given for the analysis, so it never reaches the browser before that.
 */
export interface AnalysisView {
  id: string;
  url: string;
  finalUrl: string | null;
  status: "queued" | "running" | "done" | "failed";
  progress: number;
  stage: AnalysisStage;
  failureReason: string | null;
  emailGiven: boolean;
  scores: AnalysisScores | null;
  full: AnalysisResult | null;
  screenshotUrl: string | null;
}

/**
 * Builds the view from an API answer or the server's own read of the analysis. A result that is complete is
 * kept whole only when the email was given; a scores-only result (what the API sends before) keeps the scores.
 */
export function toAnalysisView(status: z.infer<typeof analysisStatusResponse>): AnalysisView {
  const full = analysisResultSchema.safeParse(status.result);
  const scores = full.success
    ? full.data.scores
    : scoresSchema.safeParse((status.result as { scores?: unknown } | null | undefined)?.scores).data;
  return {
    id: status.id,
    url: status.url,
    finalUrl: status.finalUrl ?? (full.success ? full.data.finalUrl : null),
    status: status.status,
    progress: status.progress,
    stage: status.stage,
    failureReason: status.failureReason ?? null,
    emailGiven: status.emailGiven,
    scores: scores ?? null,
    full: full.success && status.emailGiven ? full.data : null,
    screenshotUrl: status.screenshotUrl ?? null,
  };
}
