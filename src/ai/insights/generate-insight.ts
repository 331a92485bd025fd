import "server-only";
import { sql } from "drizzle-orm";
import { env } from "@/src/env";
import { serviceDb } from "@/src/db/service-client";
import { openaiCostUsd } from "@/supabase/functions/_shared/openai-prices";
import { loadOpenaiKey } from "../byok/load-openai-key";
import { openaiClient } from "../openai-client";
import { collectInsightFigures } from "./collect-insight-figures";
import { keepCitedParagraphs } from "./insight-answer";
import { writeInsight } from "./write-insight";

export type InsightOutcome =
  | { status: "ready"; keySource: "plan" | "byok"; droppedCitations: number; inputTokens: number; outputTokens: number }
  | { status: "failed" | "skipped"; reason: string }
  | { status: "already_done" };

/**
 * Writes one queued insight: claims the row, collects the organization's figures, calls OpenAI with the
 * organization's own key when it has one (not metered) or else the plan's (metered in `ai_usage`, in the same
 * transaction that stores the answer, so a retried run never counts twice), keeps only citations of given
 * figures, and stores the answer. Without any key the row fails with `openai_not_configured` and the run is
 * `skipped`. OpenAI errors are thrown for the job to retry; `markInsightFailed` ends the row after the last.
 */
export async function generateInsight(insightId: string): Promise<InsightOutcome> {
  const db = serviceDb();
  const [claimed] = await db.execute<{ org_id: string; locale: "pt-BR" | "en"; name: string }>(sql`
    update public.ai_insights i set status = 'running', started_at = coalesce(i.started_at, now())
    from public.organizations o
    where i.id = ${insightId} and o.id = i.org_id and i.status in ('queued', 'running')
    returning i.org_id, i.locale, o.name`);
  if (!claimed) return { status: "already_done" };

  const figures = await collectInsightFigures(claimed.org_id);
  if (figures.length === 0) return fail(insightId, "no_figures", "failed");
  const ownKey = await loadOpenaiKey(claimed.org_id);
  const { OPENAI_API_KEY, OPENAI_INSIGHTS_MODEL } = env();
  const apiKey = ownKey ?? OPENAI_API_KEY;
  if (!apiKey) return fail(insightId, "openai_not_configured", "skipped");
  const keySource = ownKey ? "byok" : "plan";

  const written = await writeInsight(openaiClient(apiKey), {
    model: OPENAI_INSIGHTS_MODEL,
    organizationName: claimed.name,
    locale: claimed.locale,
    figures,
  });
  const content = keepCitedParagraphs(written.answer, figures);
  await db.transaction(async (tx) => {
    await tx.execute(sql`
      update public.ai_insights set
        status = ${content ? "ready" : "failed"},
        failure_reason = ${content ? null : "uncited_answer"},
        content = ${content ? JSON.stringify(content) : null}::jsonb,
        figures = ${JSON.stringify(figures)}::jsonb,
        model = ${written.model}, key_source = ${keySource}, completed_at = now()
      where id = ${insightId}`);
    if (keySource === "plan") {
      const cost = openaiCostUsd(written.model, written.inputTokens, written.outputTokens);
      await tx.execute(sql`select private.record_ai_usage(${claimed.org_id}::uuid, ${written.model}::text,
        ${written.inputTokens}::bigint, ${written.outputTokens}::bigint, ${cost}::numeric)`);
    }
  });
  if (!content) return { status: "failed", reason: "uncited_answer" };
  return {
    status: "ready",
    keySource,
    droppedCitations: content.droppedCitations,
    inputTokens: written.inputTokens,
    outputTokens: written.outputTokens,
  };
}

async function fail(insightId: string, reason: string, status: "failed" | "skipped"): Promise<InsightOutcome> {
  await markInsightFailed(insightId, reason);
  return { status, reason };
}

/** Ends an unfinished insight as failed with its reason (the page explains it and offers another request). */
export async function markInsightFailed(insightId: string, reason: string): Promise<void> {
  await serviceDb().execute(sql`
    update public.ai_insights set status = 'failed', failure_reason = ${reason}, completed_at = now()
    where id = ${insightId} and status in ('queued', 'running')`);
}
