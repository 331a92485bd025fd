import "server-only";
import { and, inArray, lt, sql } from "drizzle-orm";
import { urlAnalyses } from "@/src/db/schema";
import { serviceDb } from "@/src/db/service-client";

/**
 * Longest an analysis may take from submission to its outcome, every attempt and the queue included: the
 * job's own timeout. Past it, nothing is still working on the analysis.
 */
export const ANALYSIS_DEADLINE_MINUTES = 10;

/**
 * Ends as `failed: interrupted` every analysis still queued or running past its deadline: its run was lost
 * (the server stopped or crashed mid-run, a run was cancelled on Inngest), and the visitor's page would
 * otherwise wait forever. Returns the ids it ended; running it again ends nothing more.
 */
export async function failOverdueAnalyses(deadlineMinutes = ANALYSIS_DEADLINE_MINUTES): Promise<string[]> {
  const rows = await serviceDb()
    .update(urlAnalyses)
    .set({ status: "failed", stage: "failed", failureReason: "interrupted", finishedAt: sql`now()` })
    .where(
      and(
        inArray(urlAnalyses.status, ["queued", "running"]),
        lt(urlAnalyses.createdAt, sql`now() - make_interval(mins => ${deadlineMinutes})`),
      ),
    )
    .returning({ id: urlAnalyses.id });
  return rows.map((row) => row.id);
}
