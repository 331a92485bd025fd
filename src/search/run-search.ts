import "server-only";
import { AppError } from "@/src/errors/app-error";
import type { RequestDb } from "@/src/workspace/request-db";
import { embedQuery } from "./embed-query";
import { searchDocuments, type SearchHit } from "./queries/search-documents";

export type SearchOutcome = { hits: SearchHit[]; notice: string | null } | { failed: true } | null;

/**
 * A question's passages in one organization (or every one the reader sees: `orgId` null), nothing without a
 * question, or `failed` when the embed function cannot answer (logged, never a 500).
 */
export async function runSearch(
  db: RequestDb,
  orgId: string | null,
  question: string | undefined,
): Promise<SearchOutcome> {
  if (!question) return null;
  try {
    // In one organization, the question is embedded by its provider (its own OpenAI key when it has one).
    const { embedding, notice } = await embedQuery(question, orgId ?? undefined);
    return { hits: await searchDocuments(db, orgId, embedding), notice };
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    console.error("[search] failed:", error.cause ?? error);
    return { failed: true };
  }
}
