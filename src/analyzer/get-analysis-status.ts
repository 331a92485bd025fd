import "server-only";
import { sql } from "drizzle-orm";
import { z } from "zod/mini";
import { withAnon } from "@/src/db/with-user";
import { analysisResultSchema, type AnalysisResult } from "./analysis-result";
import { screenshotUrl } from "./screenshot-url";
import type { AnalysisStatus } from "./submit-analysis";

export type AnalysisStage = "queued" | "loading" | "auditing" | "saving" | "done" | "failed";

/** GET /api/analyze/:id, also read directly by the report page's server render. */
export interface AnalysisStatusView {
  id: string;
  url: string;
  status: AnalysisStatus;
  progress: number;
  stage: AnalysisStage;
  /** The whole report once an email was given for the analysis; before that, only the scores. */
  result?: AnalysisResult | Pick<AnalysisResult, "scores">;
  failureReason?: string;
  screenshotUrl?: string;
  emailGiven: boolean;
  finalUrl?: string;
}

const publicResultSchema = z.pick(analysisResultSchema, { scores: true });

type StatusRow = {
  id: string;
  url: string;
  final_url: string | null;
  status: AnalysisStatus;
  progress: number;
  stage: AnalysisStage;
  result: unknown;
  failure_reason: string | null;
  screenshot_object: string | null;
  email_given: boolean;
};

/**
 * One analysis by id, as anonymous visitors may see it (funnel.analysis_status: knowing the random id is the
 * capability). Null when there is none. The full report is the reward for the email: before one is given the
 * database returns only the scores. Polled every second or two by the progress view: one indexed lookup.
 */
export async function getAnalysisStatus(id: string): Promise<AnalysisStatusView | null> {
  const [row] = await withAnon((tx) =>
    tx.execute<StatusRow>(sql`
      select id, url, final_url, status, progress, stage, result, failure_reason, screenshot_object, email_given
      from funnel.analysis_status(${id}::uuid)`),
  );
  if (!row) return null;
  const view: AnalysisStatusView = {
    id: row.id,
    url: row.url,
    status: row.status,
    progress: row.progress,
    stage: row.stage,
    emailGiven: row.email_given,
  };
  const result = (row.email_given ? analysisResultSchema : publicResultSchema).safeParse(row.result);
  if (result.success) view.result = result.data;
  else if (row.result !== null) console.error(`[analyzer] analysis ${row.id} holds a result of an unexpected shape`);
  if (row.failure_reason) view.failureReason = row.failure_reason;
  if (row.screenshot_object) view.screenshotUrl = screenshotUrl(row.screenshot_object);
  if (row.final_url) view.finalUrl = row.final_url;
  return view;
}
