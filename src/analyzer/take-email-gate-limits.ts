import "server-only";
import { sql } from "drizzle-orm";
import type { Transaction } from "@/src/db/client";
import { env } from "@/src/env";
import { AnalyzerError } from "./analyzer-error";
import { hashEmailSubject } from "./hash-subject";

/**
 * Counts an email given for an existing analysis against the per-IP and per-email daily limits, inside the
 * caller's anonymous transaction (funnel.give_analysis_email). Throws `not_found` for an unknown analysis and
 * `rate_limited` when a limit is exhausted; either way nothing was counted.
 */
export async function takeEmailGateLimits(
  tx: Transaction,
  input: { analysisId: string; ipHash: string; email: string },
): Promise<void> {
  const { ARCO_ANALYZER_EMAIL_GATE_LIMIT_PER_IP, ARCO_ANALYZER_EMAIL_GATE_LIMIT_PER_EMAIL } = env();
  const [row] = await tx.execute<{ analysis_found: boolean; retry_after: number | null }>(sql`
    select analysis_found, retry_after from funnel.give_analysis_email(
      ${input.analysisId}::uuid, ${input.ipHash}::text, ${hashEmailSubject(input.email)}::text,
      ${ARCO_ANALYZER_EMAIL_GATE_LIMIT_PER_IP}::integer, ${ARCO_ANALYZER_EMAIL_GATE_LIMIT_PER_EMAIL}::integer
    )`);
  if (!row?.analysis_found) throw new AnalyzerError("not_found", "notFound");
  if (row.retry_after !== null) {
    throw new AnalyzerError("rate_limited", "emailsLimit", { retryAfter: row.retry_after });
  }
}
